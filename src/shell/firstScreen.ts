/**
 * The first screen of a fresh page is prerendered at build time (src/shell/prerender.tsx) in both
 * languages and shown before any of the app's code has run: the default example decoded, its key
 * typed and its verdict given. This decides which copy a page load shows, if any; the boot script
 * (src/shell/boot.ts) and the entry (src/main.tsx) both ask it.
 */
import { browserLang, type Lang } from '../i18n/lang';
import type { Prefs } from './prefs';

/**
 * The language of the prerendered first screen this page load shows, or null when the page starts
 * elsewhere than the default example: a share link, a lesson, a lab (anything in the fragment).
 */
export function firstScreenOf(
  hash: string,
  prefs: Prefs,
  languages: readonly string[],
): Lang | null {
  if (hash !== '' && hash !== '#') return null;
  return prefs.lang ?? browserLang(languages);
}
