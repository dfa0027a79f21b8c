/**
 * Every diagnostic code in one table, with its English sentence: the codes of reading a token
 * (diagnostics.ts) joined with their sentences (inspect-sentences.ts), and the verifier's and JWE's
 * tables, which keep their sentences beside them. Findings carry typed params only; this is where
 * they become English. The page loads it on demand, after its first paint.
 */
import {
  INSPECT_CODES,
  type Diagnostic,
  type DiagnosticCode,
  type InspectCode,
  type SentencedCodeInfo,
} from './diagnostics';
import { INSPECT_SENTENCES } from './inspect-sentences';
import { VERIFY_CODES } from './verify-codes';
import { JWE_CODES } from './jwe/codes';

function withSentences(): Record<InspectCode, SentencedCodeInfo> {
  const out = {} as Record<InspectCode, SentencedCodeInfo>;
  for (const code of Object.keys(INSPECT_CODES) as InspectCode[]) {
    out[code] = { ...INSPECT_CODES[code], en: INSPECT_SENTENCES[code] };
  }
  return out;
}

// Pure: the door re-exports this module, and a bundler keeps a module whose top level might have
// effects, so without the mark the English table would ride along with the first paint.
export const CODES: Record<DiagnosticCode, SentencedCodeInfo> = {
  .../* @__PURE__ */ withSentences(),
  ...VERIFY_CODES,
  ...JWE_CODES,
};

/** The English sentence of a finding, from its code and params. */
export function sentenceOf(d: Diagnostic): string {
  return CODES[d.code].en(d.params);
}
