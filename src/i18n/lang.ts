/** The languages of every visible string. */
export type Lang = 'en' | 'ko';
export const LANGS: Lang[] = ['en', 'ko'];

/** The language the browser prefers, if it is one we have. */
export function browserLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'ko') return 'ko';
    if (base === 'en') return 'en';
  }
  return 'en';
}
