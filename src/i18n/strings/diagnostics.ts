/**
 * Every diagnostic of the core, readable in Korean and English. A finding carries a code and typed
 * params, never a sentence: each language renders them from its own table, installed when it loads.
 * English is the core's table (a chunk the page fetches just after its first paint); Korean is
 * written per code in diagnostics.ko.ts and loads with the Korean strings. `KO` there is typed
 * against the core's codes, so a new code without a Korean sentence does not compile (and a test
 * fills every sentence with samples).
 */
import type { Diagnostic, DiagnosticCode, DiagnosticParams } from '../../jwt/index';
import type { Lang } from '../lang';

/** Strings of the <DiagnosticList> around the sentences (Korean in diagnostics.ko.ts). */
export const diagnosticEn = {
  'diagnostics.label': 'Problems found',
  'diagnostics.newTab': 'opens in a new tab',
};

type KoSentences = Record<DiagnosticCode, (p: DiagnosticParams) => string>;

/** Each language's way from a finding to its sentence, once the language's table is in. */
const sentences: Partial<Record<Lang, (d: Diagnostic) => string>> = {};

export function installKoreanDiagnostics(table: KoSentences): void {
  sentences.ko = (d) => table[d.code](d.params);
}

/** Installs the core's English sentences (its `sentenceOf`). */
export function installEnglishDiagnostics(sentenceOf: (d: Diagnostic) => string): void {
  sentences.en = sentenceOf;
}

/** Whether a language's sentences are in, so a finding can be rendered in it. */
export function diagnosticsReady(lang: Lang): boolean {
  return sentences[lang] !== undefined;
}

/**
 * The sentence of a diagnostic in a language, from the finding's code and params. Empty while that
 * language's table is still loading: components wait for it (`useDiagnosticMessage`), never showing
 * a code in its place.
 */
export function diagnosticMessage(lang: Lang, d: Diagnostic): string {
  return sentences[lang]?.(d) ?? '';
}
