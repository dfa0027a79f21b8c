export const toolbarEn = {
  'mode.label': 'Mode',
  'mode.verify': 'Verify',
  'mode.sign': 'Sign',
  'mode.verify.help': 'Verify: edits keep the original signature, so you can watch it fail.',
  'mode.sign.help': 'Sign: every edit is signed again with your key.',
  'share.button': 'Share link',
  'share.includeKey': 'Include the key in the link',
  'share.keyWarning':
    'Warning: anyone with this link can read the key. Share a secret or private key only for a throw-away demo key.',
  'share.copied':
    'Link copied. It carries the token in the # fragment, which browsers never send to a server.',
  'share.copyFailed': 'Copy failed: select the link and copy it yourself.',
  'share.linkLabel': 'Share link',
  'share.close': 'Close',
};
