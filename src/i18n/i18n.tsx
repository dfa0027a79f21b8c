/**
 * Two languages for every visible string. Strings live in bundles under src/i18n/strings, one per area;
 * each bundle's Korean table is typed against its English one, so a key in one language only does not
 * compile (and a test checks the merged tables at run time too).
 */
import { createContext, use, useContext, type ReactNode } from 'react';
import { loadSentences, type Diagnostic } from '../jwt/index';
import {
  diagnosticMessage,
  diagnosticsReady,
  installEnglishDiagnostics,
  installKoreanDiagnostics,
} from './strings/diagnostics';
import { installKoreanStrings, STRINGS, type StringKey } from './strings';

import type { Lang } from './lang';

export { browserLang, LANGS, type Lang } from './lang';

export type Params = Record<string, string | number>;

/** Replaces {name} placeholders with values. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

export function translate(lang: Lang, key: StringKey, params?: Params): string {
  return format(STRINGS[lang][key] ?? STRINGS.en[key], params);
}

let korean: Promise<void> | null = null;

/** Loads a language's shared strings (Korean is a separate chunk); resolves when they are in. */
export function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en') return Promise.resolve();
  korean ??= import('./strings/ko').then((m) => {
    installKoreanStrings(m.KO_STRINGS);
    installKoreanDiagnostics(m.KO_DIAGNOSTICS);
  });
  return korean;
}

let english: Promise<void> | null = null;

/**
 * Loads the sentences findings are rendered with in a language. Korean's come with its strings;
 * English's are the core's own table, which the page fetches just after its first paint (a finding
 * is never part of the first paint's work, and a valid token has none).
 */
export function loadDiagnostics(lang: Lang): Promise<void> {
  if (lang === 'ko') return loadLanguage('ko');
  english ??= loadSentences().then(installEnglishDiagnostics, (e: unknown) => {
    english = null; // a failed fetch may be retried
    throw e;
  });
  return english;
}

/**
 * The sentence of a finding in the current language. While that language's sentences are still
 * loading and `needed` is true, the component suspends (its nearest Suspense shows the fallback),
 * so a student never sees a bare code or an empty sentence.
 */
export function useDiagnosticMessage(needed = true): (d: Diagnostic) => string {
  const lang = useLang();
  if (needed && !diagnosticsReady(lang)) use(loadDiagnostics(lang));
  return (d) => diagnosticMessage(lang, d);
}

const LangContext = createContext<Lang>('en');

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

/** A bundle of strings in both languages (see src/i18n/strings/define.ts). */
export interface StringBundle<K extends string> {
  en: Record<K, string>;
  ko: Record<K, string>;
}

/** Translates with a bundle that loads with its own page (lessons, labs, simulations), then the shared ones. */
export function translateIn<K extends string>(
  bundle: StringBundle<K>,
  lang: Lang,
  key: K | StringKey,
  params?: Params,
): string {
  const own = (bundle[lang] as Record<string, string>)[key];
  return own !== undefined ? format(own, params) : translate(lang, key as StringKey, params);
}

/**
 * The translate function for a page's own bundle. Pages that load on demand keep their strings in
 * their own chunk instead of the shared tables, so the playground's first load stays small.
 */
export function useStrings<K extends string>(
  bundle: StringBundle<K>,
): (key: K | StringKey, params?: Params) => string {
  const lang = useLang();
  return (key, params) => translateIn(bundle, lang, key, params);
}

/** The translate function for the current language. */
export function useT(): (key: StringKey, params?: Params) => string {
  const lang = useLang();
  return (key, params) => translate(lang, key, params);
}
