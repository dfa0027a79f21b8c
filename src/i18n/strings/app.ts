export const appEn = {
  'app.title': 'JWT Playground',
  'app.tagline':
    'Take JSON Web Tokens apart, verify them and watch them fail. Nothing leaves your browser.',
  'app.language': 'Language',
  'app.theme': 'Theme',
  'app.theme.system': 'System',
  'app.theme.light': 'Light',
  'app.theme.dark': 'Dark',
  'app.skip': 'Skip to the token',
  'app.skip.main': 'Skip to the content',
  'app.privacy':
    'Private by construction: no request leaves this page, nothing but your preferences is stored.',
  'app.loading': 'Loading…',
  'app.linkKey':
    'This link carried a key. It is loaded here and has been taken out of the address bar, but anyone who saw the link can read it: treat it as a throw-away demo key.',
  'app.linkKey.dismiss': 'Understood',
  'app.failed.title': 'Something went wrong here.',
  'app.failed.pane':
    'This pane failed on the current input. Your token and key are kept: edit them, or show the pane again.',
  'app.failed.retry': 'Show the pane again',
  'app.failed.page':
    'This page failed on the current input. Your token and key are kept below: edit them and the page comes back, or try again.',
  'app.failed.retryPage': 'Try again',
  'app.failed.token': 'Token (kept)',
  'app.failed.key': 'Key (kept)',
  'nav.label': 'Sections',
  'nav.playground': 'Playground',
  'nav.lessons': 'Lessons',
  'nav.labs': 'Attack labs',
  'nav.sims': 'Simulations',
};
