import type { toolbarEn } from './toolbar';

export const toolbarKo: Record<keyof typeof toolbarEn, string> = {
  'mode.label': '모드',
  'mode.verify': '검증',
  'mode.sign': '서명',
  'mode.verify.help':
    '검증 모드: 내용을 고쳐도 원래 서명이 그대로 남아서, 서명이 깨지는 것을 직접 볼 수 있어요.',
  'mode.sign.help': '서명 모드: 고칠 때마다 내 키로 다시 서명합니다.',
  'share.button': '링크 공유',
  'share.includeKey': '링크에 키도 넣기',
  'share.keyWarning':
    '주의: 이 링크를 가진 사람은 누구나 키를 볼 수 있어요. 비밀 키나 개인 키는 버려도 되는 연습용 키일 때만 공유하세요.',
  'share.copied':
    '링크를 복사했어요. 토큰은 # 뒤(프래그먼트)에 들어 있어서 브라우저가 서버로 보내지 않아요.',
  'share.copyFailed': '복사하지 못했어요. 링크를 선택해서 직접 복사해 주세요.',
  'share.linkLabel': '공유 링크',
  'share.close': '닫기',
};
