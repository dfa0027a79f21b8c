export const toolbarEn = {
  'mode.label': 'Mode',
  'mode.verify': 'Verify',
  'mode.sign': 'Sign',
  'mode.verify.help': 'Verify: edits keep the original signature, so you can watch it fail.',
  'mode.sign.help': 'Sign: every edit is signed again with your key.',
  'share.button': 'Share link',
};
