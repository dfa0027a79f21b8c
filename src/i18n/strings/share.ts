import { defineStrings } from './define';

/** The share panel's texts, loaded with it. */
export const shareStrings = defineStrings({
  en: {
    'share.includeKey': 'Include the key in the link',
    'share.keyWarning':
      'Warning: anyone with this link can read the key. Share a secret or private key only for a throw-away demo key.',
    'share.copied':
      'Link copied. It carries the token in the # fragment, which browsers never send to a server.',
    'share.copyFailed': 'Copy failed: select the link and copy it yourself.',
    'share.linkLabel': 'Share link',
    'share.close': 'Close',
  },
  ko: {
    'share.includeKey': '링크에 키도 넣기',
    'share.keyWarning':
      '주의: 이 링크를 가진 사람은 누구나 키를 볼 수 있습니다. 비밀 키나 개인 키는 버려도 되는 연습용 키일 때만 공유하세요.',
    'share.copied':
      '링크를 복사했습니다. 토큰은 # 뒤(프래그먼트)에 들어 있어서 브라우저가 서버로 보내지 않습니다.',
    'share.copyFailed': '복사하지 못했습니다. 링크를 선택해서 직접 복사해 주세요.',
    'share.linkLabel': '공유 링크',
    'share.close': '닫기',
  },
});
