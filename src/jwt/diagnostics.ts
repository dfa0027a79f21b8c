/**
 * Every finding of the core is a Diagnostic with a stable code and typed params, never prose. The
 * table below gives each code found by reading a token its default severity and RFC section; because
 * it is typed, a code missing here (or a sentence missing in inspect-sentences.ts) does not compile.
 * The English sentences load on demand (codes.ts); each language renders the params from its table.
 */

/** A half-open range of UTF-16 offsets `[start, end)` in some text. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** Which part of the token a finding is about. */
export type PartName =
  | 'input'
  | 'header'
  | 'payload'
  | 'signature'
  | 'encrypted-key'
  | 'iv'
  | 'ciphertext'
  | 'tag'
  | 'key'
  | 'claims';

export type DiagnosticParams = Record<string, string | number>;

import type { VerifyCode } from './verify-codes';
import type { JweCode } from './jwe/codes';
import type { CodeParams } from './params';

export type { CritInvalidReason, ExpectedType } from './sentences';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** Offsets in the text the user typed, or null when the finding is about the whole token or the key. */
  span: Span | null;
  /** The part the finding is about. */
  part: PartName;
  /** Offsets in the decoded JSON text of `part` (header or payload), when the finding is about a member. */
  jsonSpan?: Span;
  /** Values the sentence is built from (a claim name, an algorithm, a number): strings and numbers only. */
  params: DiagnosticParams;
  /** Where the rule comes from, e.g. "RFC 7515 §2". */
  rfc: string;
}

/** What a finding's table entry gives it. */
export interface CodeInfo {
  severity: Severity;
  rfc: string;
}

/** A code's sentence in one language, from the finding's params. */
export type Sentence = (p: DiagnosticParams) => string;

/** A table entry with its English sentence (the verifier's and JWE's tables keep theirs beside). */
export interface SentencedCodeInfo extends CodeInfo {
  en: Sentence;
}

export const INSPECT_CODES = {
  // --- the input as a whole ---
  'input-empty': { severity: 'error', rfc: 'RFC 7519 §7.2' },
  'bearer-prefix': { severity: 'warning', rfc: 'RFC 6750 §2.1' },
  'surrounding-whitespace': { severity: 'warning', rfc: 'RFC 7515 §7.1' },
  'surrounding-quotes': { severity: 'warning', rfc: 'RFC 7515 §7.1' },
  'json-serialization': { severity: 'error', rfc: 'RFC 7519 §1; RFC 7515 §7.2' },
  'segment-count': { severity: 'error', rfc: 'RFC 7515 §7.1; RFC 7516 §7.1' },
  'jwe-encrypted': { severity: 'info', rfc: 'RFC 7516 §7.1, §9' },
  // --- base64url ---
  'b64-padding': { severity: 'error', rfc: 'RFC 7515 §2, App. C' },
  'b64-standard-alphabet': { severity: 'error', rfc: 'RFC 7515 §2; RFC 4648 §5' },
  'b64-whitespace': { severity: 'error', rfc: 'RFC 7515 §2, §7.1' },
  'b64-invalid-char': { severity: 'error', rfc: 'RFC 7515 §2' },
  'b64-impossible-length': { severity: 'error', rfc: 'RFC 4648 §5; RFC 7515 App. C' },
  'b64-noncanonical': { severity: 'warning', rfc: 'RFC 4648 §3.5; RFC 7515 App. C' },
  // --- header ---
  'header-empty': { severity: 'error', rfc: 'RFC 7515 §5.2 steps 2–3' },
  'header-utf8-invalid': { severity: 'error', rfc: 'RFC 7515 §5.2 step 3; RFC 8725 §3.7' },
  'header-utf8-bom': { severity: 'error', rfc: 'RFC 8259 §8.1; RFC 7515 §5.2 step 3' },
  'header-json-syntax': { severity: 'error', rfc: 'RFC 7515 §5.2 step 3; RFC 8259' },
  'header-not-object': { severity: 'error', rfc: 'RFC 7515 §4, §5.2 step 3' },
  'duplicate-member': { severity: 'error', rfc: 'RFC 7515 §4, §5.2 step 4; RFC 7519 §4' },
  'alg-missing': { severity: 'error', rfc: 'RFC 7515 §4.1.1' },
  'alg-not-string': { severity: 'error', rfc: 'RFC 7515 §4.1.1' },
  'alg-unknown': { severity: 'error', rfc: 'RFC 7515 §4.1.1; RFC 7518 §3.1' },
  'alg-none-case': { severity: 'error', rfc: 'RFC 7515 §4.1.1; RFC 8725 §3.1' },
  'enc-in-jws': { severity: 'error', rfc: 'RFC 7516 §9' },
  'crit-invalid': { severity: 'error', rfc: 'RFC 7515 §4.1.11' },
  'header-param-type': { severity: 'error', rfc: 'RFC 7515 §4.1' },
  'crit-unsupported': { severity: 'error', rfc: 'RFC 7515 §4.1.11, §5.2 step 4' },
  'b64-not-critical': { severity: 'error', rfc: 'RFC 7797 §6' },
  'b64-unencoded-payload': { severity: 'info', rfc: 'RFC 7797 §3, §5' },
  'b64-payload-has-dot': { severity: 'error', rfc: 'RFC 7797 §5.2' },
  'header-jku': { severity: 'warning', rfc: 'RFC 7515 §4.1.2; RFC 8725 §3.10' },
  'header-x5u': { severity: 'warning', rfc: 'RFC 7515 §4.1.5; RFC 8725 §3.10' },
  'header-jwk': { severity: 'warning', rfc: 'RFC 7515 §4.1.3; RFC 8725 §3.10' },
  'header-x5c': { severity: 'warning', rfc: 'RFC 7515 §4.1.6; RFC 8725 §3.10' },
  'header-kid': { severity: 'info', rfc: 'RFC 7515 §4.1.4' },
  'header-kid-suspicious': { severity: 'warning', rfc: 'RFC 7515 §4.1.4; RFC 8725 §3.10' },
  'typ-unusual': { severity: 'info', rfc: 'RFC 7519 §5.1; RFC 8725 §3.11' },
  // --- payload ---
  'payload-empty': { severity: 'warning', rfc: 'RFC 7515 App. F; RFC 7519 §7.2 step 10' },
  'payload-utf8-invalid': { severity: 'warning', rfc: 'RFC 7519 §7.2 step 10; RFC 8725 §3.7' },
  'payload-json-syntax': { severity: 'warning', rfc: 'RFC 7519 §7.2 step 10; RFC 8259' },
  'payload-not-json': { severity: 'warning', rfc: 'RFC 7515 §2; RFC 7519 §7.2 step 10' },
  'payload-not-object': { severity: 'warning', rfc: 'RFC 7519 §7.2 step 10' },
  'payload-duplicate-claim': { severity: 'error', rfc: 'RFC 7519 §4; RFC 7515 §5.2' },
  // --- algorithm, key and signature ---
  'alg-none': { severity: 'info', rfc: 'RFC 7518 §3.6' },
} satisfies Record<string, CodeInfo>;

/** Codes found by reading a token (inspect): this table loads with the page, the sentences do not. */
export type InspectCode = keyof typeof INSPECT_CODES;
/** Every code; the key, signature and claim codes (verify-codes.ts) load with the verifier. */
export type DiagnosticCode = InspectCode | VerifyCode | JweCode;

/** How a finding departs from its table entry: another severity, a member's span, a finer section. */
export interface DiagnoseExtra {
  severity?: Severity;
  jsonSpan?: Span;
  rfc?: string;
}

/** The typed params of a code (the JWE codes keep their own loose table in jwe/codes.ts). */
type ParamsOf<K extends DiagnosticCode> = K extends keyof CodeParams
  ? CodeParams[K]
  : Record<string, string | number | undefined>;

/** The params argument of a code: optional when the code takes none. */
export type ParamsArgs<K extends DiagnosticCode> =
  Record<string, never> extends ParamsOf<K>
    ? [params?: ParamsOf<K>, extra?: DiagnoseExtra]
    : [params: ParamsOf<K>, extra?: DiagnoseExtra];

/** A diagnose function over one table of codes: the table's severity and RFC section, the typed params. */
export function makeDiagnose<C extends DiagnosticCode>(table: Record<C, CodeInfo>) {
  return function diagnose<K extends C>(
    code: K,
    part: PartName,
    span: Span | null,
    ...[typed, extra = {}]: ParamsArgs<K>
  ): Diagnostic {
    const info: CodeInfo = table[code];
    // Optional values that are absent stay absent: params hold strings and numbers only.
    const params: DiagnosticParams = {};
    for (const [k, v] of Object.entries(typed ?? {})) {
      if (typeof v === 'string' || typeof v === 'number') params[k] = v;
    }
    const d: Diagnostic = {
      code,
      severity: extra.severity ?? info.severity,
      span,
      part,
      params,
      rfc: extra.rfc ?? info.rfc,
    };
    if (extra.jsonSpan) d.jsonSpan = extra.jsonSpan;
    return d;
  };
}

/** Builds a diagnostic for a code found while reading a token. */
export const diagnose = makeDiagnose<InspectCode>(INSPECT_CODES);
