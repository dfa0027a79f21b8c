import type { toolbarEn } from './toolbar';

export const toolbarKo: Record<keyof typeof toolbarEn, string> = {
  'mode.label': '모드',
  'mode.verify': '검증',
  'mode.sign': '서명',
  'mode.verify.help':
    '검증 모드: 내용을 고쳐도 원래 서명이 그대로 남아서, 서명이 깨지는 것을 직접 볼 수 있습니다.',
  'mode.sign.help': '서명 모드: 고칠 때마다 내 키로 다시 서명합니다.',
  'share.button': '링크 공유',
};
