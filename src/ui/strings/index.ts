/**
 * The playground's string bundles, merged. Pages that load on demand (lessons, labs, simulations)
 * keep their bundles out of this list and use `useStrings(bundle)`; `all.ts` lists every bundle.
 */
import { appStrings } from './app';
import { diagnosticStrings } from './diagnostics';
import { toolbarStrings } from './toolbar';
import { exampleStrings, tokenStrings } from './token';

const bundles = [
  appStrings,
  toolbarStrings,
  tokenStrings,
  exampleStrings,
  diagnosticStrings,
] as const;

type Bundle = (typeof bundles)[number];
type KeysOf<B> = B extends { en: Record<infer K, string> } ? K : never;
export type StringKey = KeysOf<Bundle>;

function merge(lang: 'en' | 'ko'): Record<StringKey, string> {
  return Object.assign({}, ...bundles.map((b) => b[lang])) as Record<StringKey, string>;
}

export const STRINGS: Record<'en' | 'ko', Record<StringKey, string>> = {
  en: merge('en'),
  ko: merge('ko'),
};
