/**
 * Preferences are the only thing the playground stores: theme and language. Never tokens, keys or
 * secrets (a test reads storage after a session of use to prove it).
 */
import type { Lang } from '../i18n/i18n';

export type Theme = 'system' | 'light' | 'dark';

export interface Prefs {
  theme: Theme;
  lang: Lang | null;
}

const KEY = 'jwt-playground:prefs';

export function loadPrefs(storage: Storage | undefined): Prefs {
  try {
    const raw = storage?.getItem(KEY);
    const p = raw ? (JSON.parse(raw) as Partial<Prefs>) : {};
    return {
      theme: p.theme === 'light' || p.theme === 'dark' ? p.theme : 'system',
      lang: p.lang === 'ko' || p.lang === 'en' ? p.lang : null,
    };
  } catch {
    return { theme: 'system', lang: null };
  }
}

export function savePrefs(storage: Storage | undefined, prefs: Prefs): void {
  try {
    storage?.setItem(KEY, JSON.stringify({ theme: prefs.theme, lang: prefs.lang }));
  } catch {
    // Storage can be full or disabled (private windows); preferences are then per session.
  }
}
