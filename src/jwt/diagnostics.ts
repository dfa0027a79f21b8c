/**
 * Every finding of the core is a Diagnostic with a stable code. The table below is the single place
 * where a code gets its default severity, its RFC section and its English sentence; because the table
 * is typed `Record<DiagnosticCode, …>`, a code without an explanation does not compile.
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
import {
  CRIT_INVALID,
  KID_LOOKS,
  aType,
  jsonSyntaxEn,
  s,
  type CritInvalidReason,
} from './sentences';
import type { SuspiciousKid } from './header-checks';
import type { CodeParams } from './params';

export { A_JSON_TYPE, aType, jsonSyntaxEn } from './sentences';
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
  /** Values the sentence is built from (a claim name, an algorithm, a number), for translations. */
  params: DiagnosticParams;
  /** One sentence a student understands. */
  message: string;
  /** Where the rule comes from, e.g. "RFC 7515 §2". */
  rfc: string;
}

export interface CodeInfo {
  severity: Severity;
  rfc: string;
  en: (p: DiagnosticParams) => string;
}

export const INSPECT_CODES = {
  // --- the input as a whole ---
  'input-empty': {
    severity: 'error',
    rfc: 'RFC 7519 §7.2',
    en: () => 'The input is empty: paste a token made of parts separated by dots.',
  },
  'bearer-prefix': {
    severity: 'warning',
    rfc: 'RFC 6750 §2.1',
    en: (p) =>
      `"${s(p, 'prefix')}" is the HTTP Authorization scheme, not part of the token; it was left out when decoding.`,
  },
  'surrounding-whitespace': {
    severity: 'warning',
    rfc: 'RFC 7515 §7.1',
    en: () =>
      'White space before or after the token is not part of it; it was left out when decoding.',
  },
  'surrounding-quotes': {
    severity: 'warning',
    rfc: 'RFC 7515 §7.1',
    en: () => 'The token was wrapped in quotes (copied from JSON or code); they were left out.',
  },
  'json-serialization': {
    severity: 'error',
    rfc: 'RFC 7519 §1; RFC 7515 §7.2',
    en: () =>
      'This looks like the JWS JSON Serialization. A JWT always uses the compact form: three base64url parts joined by dots.',
  },
  'segment-count': {
    severity: 'error',
    rfc: 'RFC 7515 §7.1; RFC 7516 §7.1',
    en: (p) =>
      `The token has ${s(p, 'count')} part(s); a signed token (JWS) has 3 and an encrypted one (JWE) has 5.`,
  },
  'jwe-encrypted': {
    severity: 'info',
    rfc: 'RFC 7516 §7.1, §9',
    en: () =>
      'This is an encrypted token (JWE): only its header is readable; the payload is ciphertext that needs the decryption key.',
  },
  // --- base64url ---
  'b64-padding': {
    severity: 'error',
    rfc: 'RFC 7515 §2, App. C',
    en: () => 'The "=" padding is not allowed: base64url in JWS leaves it out.',
  },
  'b64-standard-alphabet': {
    severity: 'error',
    rfc: 'RFC 7515 §2; RFC 4648 §5',
    en: (p) =>
      `"${s(p, 'char')}" belongs to standard base64; base64url uses "-" and "_" instead of "+" and "/".`,
  },
  'b64-whitespace': {
    severity: 'error',
    rfc: 'RFC 7515 §2, §7.1',
    en: () =>
      'White space or a line break inside a part is not allowed: the token must be one unbroken line.',
  },
  'b64-invalid-char': {
    severity: 'error',
    rfc: 'RFC 7515 §2',
    en: (p) =>
      `"${s(p, 'char')}" (${s(p, 'codepoint')}) is not a base64url character (A–Z, a–z, 0–9, "-", "_").`,
  },
  'b64-impossible-length': {
    severity: 'error',
    rfc: 'RFC 4648 §5; RFC 7515 App. C',
    en: (p) =>
      `This part is ${s(p, 'length')} characters long; no sequence of bytes encodes to a length that leaves 1 after dividing by 4.`,
  },
  'b64-noncanonical': {
    severity: 'warning',
    rfc: 'RFC 4648 §3.5; RFC 7515 App. C',
    en: (p) =>
      `The last character "${s(p, 'char')}" carries bits that must be zero; the canonical form ends in "${s(p, 'canonical')}". Both decode to the same bytes, so two different strings stand for one token.`,
  },
  // --- header ---
  'header-empty': {
    severity: 'error',
    rfc: 'RFC 7515 §5.2 steps 2–3',
    en: () => 'The header is empty; it must be a JSON object with at least "alg".',
  },
  'header-utf8-invalid': {
    severity: 'error',
    rfc: 'RFC 7515 §5.2 step 3; RFC 8725 §3.7',
    en: (p) => `The header bytes are not valid UTF-8 (at byte ${s(p, 'byte')}).`,
  },
  'header-utf8-bom': {
    severity: 'error',
    rfc: 'RFC 8259 §8.1; RFC 7515 §5.2 step 3',
    en: () =>
      'The header starts with a byte order mark (EF BB BF); JSON text in a token must not have one.',
  },
  'header-json-syntax': {
    severity: 'error',
    rfc: 'RFC 7515 §5.2 step 3; RFC 8259',
    en: (p) => `The header is not valid JSON: ${jsonSyntaxEn(p)}`,
  },
  'header-not-object': {
    severity: 'error',
    rfc: 'RFC 7515 §4, §5.2 step 3',
    en: (p) => `The header is JSON ${aType(p, 'type')}, but it must be a JSON object.`,
  },
  'duplicate-member': {
    severity: 'error',
    rfc: 'RFC 7515 §4, §5.2 step 4; RFC 7519 §4',
    en: (p) =>
      `"${s(p, 'name')}" appears twice. Parsers disagree on which one counts (first or last), so the token is rejected.`,
  },
  'alg-missing': {
    severity: 'error',
    rfc: 'RFC 7515 §4.1.1',
    en: () => 'The header has no "alg": the verifier cannot know how the token was signed.',
  },
  'alg-not-string': {
    severity: 'error',
    rfc: 'RFC 7515 §4.1.1',
    en: (p) => `"alg" must be a string; here it is ${aType(p, 'actual')}.`,
  },
  'alg-unknown': {
    severity: 'error',
    rfc: 'RFC 7515 §4.1.1; RFC 7518 §3.1',
    en: (p) => `"${s(p, 'alg')}" is not a JWS algorithm this playground knows, so it is rejected.`,
  },
  'alg-none-case': {
    severity: 'error',
    rfc: 'RFC 7515 §4.1.1; RFC 8725 §3.1',
    en: (p) =>
      `"${s(p, 'alg')}" is not "none": algorithm names are case-sensitive. Verifiers that compare without case have been tricked this way.`,
  },
  'enc-in-jws': {
    severity: 'error',
    rfc: 'RFC 7516 §9',
    en: () =>
      'The header has "enc" (an encryption parameter) but the token has 3 parts like a signed token; the two contradict each other.',
  },
  'crit-invalid': {
    severity: 'error',
    rfc: 'RFC 7515 §4.1.11',
    en: (p) => `"crit" is malformed: ${CRIT_INVALID[p.reason as CritInvalidReason]?.(p) ?? ''}`,
  },
  'header-param-type': {
    severity: 'error',
    rfc: 'RFC 7515 §4.1',
    en: (p) =>
      `"${s(p, 'name')}" must be ${aType(p, 'expected')}; here it is ${aType(p, 'actual')}. The header is rejected rather than guessed at.`,
  },
  'crit-unsupported': {
    severity: 'error',
    rfc: 'RFC 7515 §4.1.11, §5.2 step 4',
    en: (p) =>
      `"crit" says the verifier must understand "${s(p, 'name')}", and this verifier does not, so the token must be rejected.`,
  },
  'b64-not-critical': {
    severity: 'error',
    rfc: 'RFC 7797 §6',
    en: () =>
      '"b64" changes how the signature is computed, so it must also be listed in "crit"; it is not.',
  },
  'b64-unencoded-payload': {
    severity: 'info',
    rfc: 'RFC 7797 §3, §5',
    en: () =>
      'With "b64": false the payload is signed as raw bytes, not as base64url (RFC 7797); JWTs must not use this.',
  },
  'b64-payload-has-dot': {
    severity: 'error',
    rfc: 'RFC 7797 §5.2',
    en: () =>
      'An unencoded payload that contains "." cannot be sent in the compact form; it must be detached.',
  },
  'header-jku': {
    severity: 'warning',
    rfc: 'RFC 7515 §4.1.2; RFC 8725 §3.10',
    en: (p) =>
      `"jku" points at a key set (${s(p, 'value')}). A server that fetches keys from the token lets the sender choose the key.`,
  },
  'header-x5u': {
    severity: 'warning',
    rfc: 'RFC 7515 §4.1.5; RFC 8725 §3.10',
    en: (p) =>
      `"x5u" points at a certificate (${s(p, 'value')}). A server that fetches it lets the sender choose the key.`,
  },
  'header-jwk': {
    severity: 'warning',
    rfc: 'RFC 7515 §4.1.3; RFC 8725 §3.10',
    en: () =>
      'The header carries its own key ("jwk"). A server that verifies with it accepts any token its sender signed (CVE-2018-0114).',
  },
  'header-x5c': {
    severity: 'warning',
    rfc: 'RFC 7515 §4.1.6; RFC 8725 §3.10',
    en: () =>
      'The header carries a certificate chain ("x5c"). It proves nothing unless the chain ends at a trust anchor the server chose.',
  },
  'header-kid': {
    severity: 'info',
    rfc: 'RFC 7515 §4.1.4',
    en: (p) =>
      `"kid" = "${s(p, 'value')}" only names which key to use; the server must look it up in its own key list.`,
  },
  'header-kid-suspicious': {
    severity: 'warning',
    rfc: 'RFC 7515 §4.1.4; RFC 8725 §3.10',
    en: (p) =>
      `"kid" = "${s(p, 'value')}" looks like ${KID_LOOKS[p.what as SuspiciousKid] ?? ''}. A server that puts kid into a file path or a database query can be made to use a key the sender chose.`,
  },
  'typ-unusual': {
    severity: 'info',
    rfc: 'RFC 7519 §5.1; RFC 8725 §3.11',
    en: (p) => `"typ" is "${s(p, 'value')}"; a plain JWT usually says "JWT".`,
  },
  // --- payload ---
  'payload-empty': {
    severity: 'warning',
    rfc: 'RFC 7515 App. F; RFC 7519 §7.2 step 10',
    en: () =>
      'The payload is empty: the signature covers zero bytes (or a detached payload sent separately). There are no claims.',
  },
  'payload-utf8-invalid': {
    severity: 'warning',
    rfc: 'RFC 7519 §7.2 step 10; RFC 8725 §3.7',
    en: (p) =>
      `The payload bytes are not valid UTF-8 (at byte ${s(p, 'byte')}), so they are not a JWT claims set.`,
  },
  'payload-json-syntax': {
    severity: 'warning',
    rfc: 'RFC 7519 §7.2 step 10; RFC 8259',
    en: (p) => `The payload is not valid JSON: ${jsonSyntaxEn(p)}`,
  },
  'payload-not-json': {
    severity: 'warning',
    rfc: 'RFC 7515 §2; RFC 7519 §7.2 step 10',
    en: () =>
      'The payload is text, not JSON. A signed token may carry any bytes, but this is not a JWT claims set.',
  },
  'payload-not-object': {
    severity: 'warning',
    rfc: 'RFC 7519 §7.2 step 10',
    en: (p) => `The payload is JSON ${aType(p, 'type')}; a JWT claims set must be a JSON object.`,
  },
  'payload-duplicate-claim': {
    severity: 'error',
    rfc: 'RFC 7519 §4; RFC 7515 §5.2',
    en: (p) =>
      `The claim "${s(p, 'name')}" appears twice. Parsers disagree on which one counts, so the claims are rejected.`,
  },
  // --- algorithm, key and signature ---
  'alg-none': {
    severity: 'info',
    rfc: 'RFC 7518 §3.6',
    en: () =>
      '"alg": "none" means unsecured: there is no signature, so nothing proves who made it.',
  },
  // --- claims ---
} satisfies Record<string, CodeInfo>;

/** Codes found by reading a token (inspect): these sentences load with the page. */
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

/** A diagnose function over one table of codes: the table's severity, sentence and RFC section. */
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
      message: info.en(params),
      rfc: extra.rfc ?? info.rfc,
    };
    if (extra.jsonSpan) d.jsonSpan = extra.jsonSpan;
    return d;
  };
}

/** Builds a diagnostic for a code found while reading a token. */
export const diagnose = makeDiagnose<InspectCode>(INSPECT_CODES);
