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

interface CodeInfo {
  severity: Severity;
  rfc: string;
  en: (p: DiagnosticParams) => string;
}

const s = (p: DiagnosticParams, k: string): string => String(p[k] ?? '');

export const CODES = {
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
  'jwe-not-verifiable': {
    severity: 'error',
    rfc: 'RFC 7516 §9',
    en: () =>
      'An encrypted token (JWE) has no signature to verify here; it must be decrypted by its recipient.',
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
    en: (p) => `The header is not valid JSON: ${s(p, 'detail')}`,
  },
  'header-not-object': {
    severity: 'error',
    rfc: 'RFC 7515 §4, §5.2 step 3',
    en: (p) => `The header is JSON ${s(p, 'type')}, but it must be a JSON object.`,
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
    en: () => '"alg" must be a string.',
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
  'alg-unsupported-here': {
    severity: 'error',
    rfc: 'RFC 7518 §3.1',
    en: (p) => `This browser's WebCrypto cannot check ${s(p, 'alg')} signatures.`,
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
    en: (p) => `"crit" is malformed: ${s(p, 'detail')}`,
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
      `"kid" = "${s(p, 'value')}" looks like ${s(p, 'what')}. A server that puts kid into a file path or a database query can be made to use a key the sender chose.`,
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
    en: (p) => `The payload is not valid JSON: ${s(p, 'detail')}`,
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
    en: (p) => `The payload is JSON ${s(p, 'type')}; a JWT claims set must be a JSON object.`,
  },
  'payload-duplicate-claim': {
    severity: 'error',
    rfc: 'RFC 7519 §4; RFC 7515 §5.2',
    en: (p) =>
      `The claim "${s(p, 'name')}" appears twice. Parsers disagree on which one counts, so the claims are rejected.`,
  },
  'payload-detached': {
    severity: 'info',
    rfc: 'RFC 7515 App. F',
    en: () =>
      'The payload part is empty and a detached payload was supplied; the signature was checked over it.',
  },
  'nested-jwt': {
    severity: 'info',
    rfc: 'RFC 7519 §5.2, §7.2 step 8',
    en: () =>
      '"cty": "JWT" says the payload is another token; it was checked in turn and the claims come from it.',
  },
  // --- algorithm, key and signature ---
  'alg-none': {
    severity: 'info',
    rfc: 'RFC 7518 §3.6',
    en: () =>
      '"alg": "none" means unsecured: there is no signature, so nothing proves who made it.',
  },
  'alg-none-not-allowed': {
    severity: 'error',
    rfc: 'RFC 7518 §3.6; RFC 8725 §3.1',
    en: () =>
      'An unsecured token ("alg": "none") must not be accepted unless the application explicitly allows it.',
  },
  'none-signature-not-empty': {
    severity: 'error',
    rfc: 'RFC 7518 §3.6',
    en: () => 'With "alg": "none" the signature part must be empty, but it is not.',
  },
  'alg-not-allowed': {
    severity: 'error',
    rfc: 'RFC 8725 §3.1',
    en: (p) =>
      `The token says ${s(p, 'alg')}, but the verifier only allows ${s(p, 'allowed')}. The algorithm is checked before the signature.`,
  },
  'key-missing': {
    severity: 'warning',
    rfc: 'RFC 7515 §5.2 step 8',
    en: () => 'No key was given, so the signature was not checked: the claims are only decoded.',
  },
  'key-invalid': {
    severity: 'error',
    rfc: 'RFC 7517 §4',
    en: (p) => `The key could not be read: ${s(p, 'detail')}`,
  },
  'key-empty': {
    severity: 'error',
    rfc: 'RFC 7518 §3.2',
    en: () =>
      'The HMAC secret is empty. WebCrypto refuses an empty key, and a server that accepts one can be fooled (CVE-2019-20933).',
  },
  'key-alg-mismatch': {
    severity: 'error',
    rfc: 'RFC 8725 §3.1; RFC 7517 §4.4',
    en: (p) =>
      `The token says ${s(p, 'alg')}, but the key is ${s(p, 'key')}: ${s(p, 'detail')} A key must be used with one algorithm only.`,
  },
  'kid-not-found': {
    severity: 'error',
    rfc: 'RFC 7515 §4.1.4; RFC 7517 §5',
    en: (p) =>
      `The key set has no key with "kid" = "${s(p, 'kid')}"; its kids are: ${s(p, 'kids')}.`,
  },
  'key-private': {
    severity: 'info',
    rfc: 'RFC 7517 §9.2',
    en: () =>
      'A private key was given; its public part was used to verify. Only the issuer should ever hold the private key.',
  },
  'signature-invalid': {
    severity: 'error',
    rfc: 'RFC 7515 §5.2 step 8',
    en: (p) =>
      `The signature does not match ${s(p, 'alg')} over the header and payload with this key: the token was changed, or the key is not the one that signed it.`,
  },
  'signature-empty': {
    severity: 'info',
    rfc: 'RFC 7515 §5.2 step 8; RFC 8725 §3.1',
    en: () =>
      'The signature part is empty (stripped); only "alg": "none" tokens have no signature.',
  },
  'signature-length': {
    severity: 'info',
    rfc: 'RFC 7518 §3',
    en: (p) =>
      `${s(p, 'alg')} signatures are ${s(p, 'expected')} bytes long; this one is ${s(p, 'actual')} bytes.`,
  },
  'signature-der': {
    severity: 'info',
    rfc: 'RFC 7518 §3.4',
    en: () =>
      'This ECDSA signature looks DER-encoded (as OpenSSL writes it); JWS needs the raw R||S form.',
  },
  'hmac-key-short': {
    severity: 'warning',
    rfc: 'RFC 7518 §3.2; RFC 8725 §3.5',
    en: (p) =>
      `The HMAC secret is ${s(p, 'bits')} bits; ${s(p, 'alg')} requires at least ${s(p, 'required')} bits. Short secrets can be guessed offline from a single token.`,
  },
  'hmac-key-guessable': {
    severity: 'warning',
    rfc: 'RFC 8725 §2.2, §3.5',
    en: () =>
      'The HMAC secret is a common word or pattern: a dictionary attack on one token finds it in seconds.',
  },
  'hmac-key-looks-public': {
    severity: 'warning',
    rfc: 'RFC 8725 §2.1, §3.1',
    en: (p) =>
      `The HMAC secret is the text of ${s(p, 'what')}, which is public. Anyone who has it can sign tokens: this is how algorithm confusion forges them (CVE-2015-9235).`,
  },
  'signature-ecdsa-zero': {
    severity: 'warning',
    rfc: 'RFC 7518 §3.4; FIPS 186-5 §6.4.2',
    en: () =>
      'The ECDSA signature has r or s equal to zero. No real signature does; verifiers that skipped the range check accepted it for any message ("psychic signatures", CVE-2022-21449).',
  },
  'rsa-key-small': {
    severity: 'warning',
    rfc: 'RFC 7518 §3.3, §3.5',
    en: (p) => `The RSA key is ${s(p, 'bits')} bits; RS* and PS* require 2048 bits or more.`,
  },
  // --- claims ---
  'claim-not-numericdate': {
    severity: 'error',
    rfc: 'RFC 7519 §2, §4.1.4–4.1.6',
    en: (p) =>
      `"${s(p, 'claim')}" must be a number of seconds since 1970 (a NumericDate), not ${s(p, 'type')}.`,
  },
  'claim-not-string': {
    severity: 'error',
    rfc: 'RFC 7519 §4.1',
    en: (p) => `"${s(p, 'claim')}" must be a string, not ${s(p, 'type')}.`,
  },
  'aud-not-strings': {
    severity: 'error',
    rfc: 'RFC 7519 §4.1.3',
    en: () => '"aud" must be a string or an array of strings.',
  },
  expired: {
    severity: 'error',
    rfc: 'RFC 7519 §4.1.4',
    en: (p) => `The token expired ${s(p, 'ago')} ago (exp ${s(p, 'iso')}).`,
  },
  'expired-within-leeway': {
    severity: 'info',
    rfc: 'RFC 7519 §4.1.4',
    en: (p) =>
      `The token expired ${s(p, 'ago')} ago, within the allowed clock leeway of ${s(p, 'leeway')} s.`,
  },
  'not-yet-valid': {
    severity: 'error',
    rfc: 'RFC 7519 §4.1.5',
    en: (p) => `The token is not valid before ${s(p, 'iso')} (in ${s(p, 'in')}).`,
  },
  'iat-future': {
    severity: 'warning',
    rfc: 'RFC 7519 §4.1.6',
    en: (p) =>
      `"iat" says the token was issued in the future (${s(p, 'iso')}): a clock is wrong or the token was forged.`,
  },
  'date-milliseconds': {
    severity: 'warning',
    rfc: 'RFC 7519 §2',
    en: (p) =>
      `"${s(p, 'claim')}" looks like milliseconds (year ${s(p, 'year')}); NumericDate counts seconds. Divide by 1000.`,
  },
  'exp-missing': {
    severity: 'warning',
    rfc: 'RFC 7519 §4.1.4; RFC 8725 §3.10',
    en: () => 'There is no "exp": this token never expires, so a stolen copy works forever.',
  },
  'lifetime-long': {
    severity: 'info',
    rfc: 'RFC 7519 §4.1.4',
    en: (p) =>
      `The token lives ${s(p, 'days')} days from iat to exp; access tokens usually live minutes.`,
  },
  'claim-missing': {
    severity: 'error',
    rfc: 'RFC 7519 §4.1; RFC 8725 §3.10',
    en: (p) => `The verifier requires "${s(p, 'claim')}", and the token does not have it.`,
  },
  'aud-mismatch': {
    severity: 'error',
    rfc: 'RFC 7519 §4.1.3; RFC 8725 §3.9',
    en: (p) =>
      `The token is for ${s(p, 'aud')}, not for "${s(p, 'expected')}": a token minted for another service must be rejected.`,
  },
  'aud-unchecked': {
    severity: 'warning',
    rfc: 'RFC 7519 §4.1.3; RFC 8725 §3.9',
    en: (p) =>
      `The token names an audience (${s(p, 'aud')}), but no expected audience is set, so it was not checked.`,
  },
  'iss-mismatch': {
    severity: 'error',
    rfc: 'RFC 7519 §4.1.1; RFC 8725 §3.8',
    en: (p) => `The issuer is ${s(p, 'iss')}, but "${s(p, 'expected')}" is expected.`,
  },
  'claim-sensitive': {
    severity: 'warning',
    rfc: 'RFC 7519 §12',
    en: (p) =>
      `"${s(p, 'claim')}" looks like sensitive data. Anyone holding the token can read the payload: it is encoded, not encrypted.`,
  },
} satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;

/** Builds a diagnostic with the table's severity, sentence and RFC section. */
export function diagnose(
  code: DiagnosticCode,
  part: PartName,
  span: Span | null,
  params: DiagnosticParams = {},
  extra: { severity?: Severity; jsonSpan?: Span } = {},
): Diagnostic {
  const info: CodeInfo = CODES[code];
  const d: Diagnostic = {
    code,
    severity: extra.severity ?? info.severity,
    span,
    part,
    params,
    message: info.en(params),
    rfc: info.rfc,
  };
  if (extra.jsonSpan) d.jsonSpan = extra.jsonSpan;
  return d;
}

/** Shifts a span by `offset` (from part-relative to input-relative offsets). */
export function shift(span: Span, offset: number): Span {
  return { start: span.start + offset, end: span.end + offset };
}
