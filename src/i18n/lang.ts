/** The languages of every visible string. */
export type Lang = 'en' | 'ko';
export const LANGS: Lang[] = ['en', 'ko'];
