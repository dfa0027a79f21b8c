/**
 * Which pane lists each finding: one typed table instead of sets of strings in every pane, so a
 * renamed code is a type error here rather than a finding that silently disappears.
 */
import type { Diagnostic, DiagnosticCode, PartName } from '../jwt/index';

export type Pane =
  /** Under the token: the text as a whole and its base64url. */
  | 'token'
  /** Above the token: what was left out of the pasted text, with a button to remove it. */
  | 'paste'
  /** Under a decoded part's editor: the JSON text itself. */
  | 'json'
  /** In the claims table. */
  | 'claims'
  /** Beside the key, in the key's own words (its summary already says it). */
  | 'key-summary'
  /** In the key and signature findings. */
  | 'signature';

const BY_PART: Record<PartName, Pane> = {
  input: 'token',
  header: 'token',
  payload: 'token',
  signature: 'signature',
  'encrypted-key': 'token',
  iv: 'token',
  ciphertext: 'token',
  tag: 'token',
  key: 'signature',
  claims: 'claims',
};

const BY_CODE: Partial<Record<DiagnosticCode, Pane>> = {
  'bearer-prefix': 'paste',
  'surrounding-whitespace': 'paste',
  'surrounding-quotes': 'paste',
  'header-json-syntax': 'json',
  'payload-json-syntax': 'json',
  'duplicate-member': 'json',
  'payload-duplicate-claim': 'json',
  'header-utf8-bom': 'json',
  'header-not-object': 'json',
  'payload-not-object': 'json',
  'alg-not-allowed': 'signature',
  'alg-none-not-allowed': 'signature',
  'alg-none': 'signature',
  'alg-unsupported-here': 'signature',
  'jwe-not-verifiable': 'signature',
  'nested-signature-invalid': 'signature',
  'hmac-key-short': 'key-summary',
  'hmac-key-guessable': 'key-summary',
  'key-private': 'key-summary',
};

export function paneOf(d: Pick<Diagnostic, 'code' | 'part'>): Pane {
  return BY_CODE[d.code] ?? BY_PART[d.part];
}

/** The findings one pane lists. */
export function inPane<D extends Pick<Diagnostic, 'code' | 'part'>>(
  diagnostics: readonly D[],
  pane: Pane,
): D[] {
  return diagnostics.filter((d) => paneOf(d) === pane);
}
