/** The texts of the signature side: its own bundle, the claims' badge words, the verdict strip's. */
import { useStrings } from '../../i18n/i18n';
import { claimsStrings } from '../../i18n/strings/claims';
import { mergeBundles } from '../../i18n/strings/define';
import { signatureStrings } from '../../i18n/strings/signature';
import { verdictStrings } from '../../i18n/strings/verdict';

export const TEXT = mergeBundles(mergeBundles(signatureStrings, claimsStrings), verdictStrings);
export type TextKey = keyof (typeof TEXT)['en'];
export type T = ReturnType<typeof useStrings<TextKey>>;

/** The translate function over the signature side's texts. */
export function useSigText(): T {
  return useStrings(TEXT);
}
