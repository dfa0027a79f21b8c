/**
 * The boot script: a few lines that run before the first paint (a classic script in the head, built
 * on its own by scripts/prerender-plugin.ts). It applies the stored theme and chooses the prerendered
 * first screen to show (`data-first` on the root element; src/styles.css shows that copy), so a page
 * never shows the English example where the app is about to show Korean, a lesson or a shared token.
 */
import { firstScreenOf } from './firstScreen';
import { loadPrefs } from './prefs';

const root = document.documentElement;
let storage: Storage | undefined;
try {
  storage = globalThis.localStorage;
} catch {
  // Storage can be disabled; the preferences are then the defaults.
}
const prefs = loadPrefs(storage);
if (prefs.theme !== 'system') root.setAttribute('data-theme', prefs.theme);
const first = firstScreenOf(location.hash, prefs, navigator.languages);
root.setAttribute('data-first', first ?? 'none');
if (first) root.lang = first;

// Once the page is parsed, before the app's script runs, the copies not on show leave the page: only
// the one shown (until the app replaces it) is there to be found.
const dropHidden = (): void => {
  if (document.readyState !== 'interactive') return;
  document.removeEventListener('readystatechange', dropHidden);
  for (const copy of document.querySelectorAll('.first-screen'))
    if (copy.getAttribute('lang') !== first) copy.remove();
};
document.addEventListener('readystatechange', dropHidden);
