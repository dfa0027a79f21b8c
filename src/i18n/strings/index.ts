/**
 * The playground's shared strings. English loads with the page; Korean (ko.ts) loads on demand,
 * before the first render when Korean is the language, so the first load stays small. Pages that
 * load on demand (lessons, labs, simulations, the claims and signature panes) keep their own bundles
 * and use `useStrings(bundle)`; all.ts lists every bundle for the completeness tests.
 */
import { appEn } from './app';
import { diagnosticEn } from './diagnostics';
import { toolbarEn } from './toolbar';
import { tokenEn } from './token';

const EN = { ...appEn, ...toolbarEn, ...tokenEn, ...diagnosticEn };

export type StringKey = keyof typeof EN;

export const STRINGS: { en: Record<StringKey, string>; ko: Partial<Record<StringKey, string>> } = {
  en: EN,
  ko: {},
};

/** Installs the Korean table (see ko.ts). */
export function installKoreanStrings(table: Record<StringKey, string>): void {
  STRINGS.ko = table;
}
