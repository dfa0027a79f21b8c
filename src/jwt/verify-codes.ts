/**
 * The codes of the verifier (keys, algorithms, signatures, claims) with their severity, RFC section
 * and English sentence. They load with check(), claim checks and key reading, not with the page.
 */
import type { Kty } from './algorithms';
import { makeDiagnose, type DiagnosticParams, type SentencedCodeInfo } from './diagnostics';
import { aType } from './sentences';
import { keyProblemEn } from './key-reasons';
import { formatDuration } from './format';

const s = (p: DiagnosticParams, k: string): string => String(p[k] ?? '');

/** A duration from the numeric `seconds` param ("4 min", "3 h"). */
const ago = (p: DiagnosticParams): string => formatDuration(Number(p.seconds ?? 0));

const isoEn = (p: DiagnosticParams): string =>
  p.iso === undefined ? 'beyond any calendar date' : s(p, 'iso');

const audEn = (p: DiagnosticParams): string =>
  p.audKind === 'empty' ? 'nobody (an empty list)' : p.audKind === 'none' ? 'nobody' : s(p, 'aud');

/** The key of a key-alg-mismatch: kind (secret, public, private), kty, crv and its own "alg". */
function keyEn(p: DiagnosticParams): string {
  const kind =
    p.kind === 'secret'
      ? 'a shared secret'
      : `${p.kind === 'private' ? 'a private' : 'a public'} ${s(p, 'kty')}${p.crv ? ` ${s(p, 'crv')}` : ''} key`;
  return p.keyAlg ? `${kind} marked "alg": "${s(p, 'keyAlg')}"` : kind;
}

/** A key type as a student reads it. */
function describeKty(kty: Kty): string {
  switch (kty) {
    case 'oct':
      return 'a shared secret (HMAC)';
    case 'RSA':
      return 'an RSA key';
    case 'EC':
      return 'an elliptic-curve (EC) key';
    case 'OKP':
      return 'an Ed25519 (OKP) key';
  }
}

/** Why the key does not fit, from key-fit.ts KeyMismatch. */
function mismatchEn(p: DiagnosticParams): string {
  switch (p.reason) {
    case 'none':
      return 'an unsecured token uses no key.';
    case 'kty':
      return `${s(p, 'alg')} needs ${describeKty(p.needKty as Kty)}.`;
    case 'crv':
      return `${s(p, 'alg')} needs the curve ${s(p, 'needCrv')}, and this key is on ${p.keyCrv ? s(p, 'keyCrv') : 'no curve'}.`;
    default:
      return `the key says "alg": "${s(p, 'keyAlg')}".`;
  }
}

export const VERIFY_CODES = {
  'jwe-not-verifiable': {
    severity: 'error',
    rfc: 'RFC 7516 §9',
    en: () =>
      'An encrypted token (JWE) has no signature to verify here; it must be decrypted by its recipient.',
  },
  'alg-unsupported-here': {
    severity: 'error',
    rfc: 'RFC 7518 §3.1',
    en: (p) => `This browser's WebCrypto cannot check ${s(p, 'alg')} signatures.`,
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
      `The token says ${s(p, 'alg')}, but the verifier only allows ${s(p, 'allowed') || 'nothing'}. The algorithm is checked before the signature.`,
  },
  'key-missing': {
    severity: 'warning',
    rfc: 'RFC 7515 §5.2 step 8',
    en: () => 'No key was given, so the signature was not checked: the claims are only decoded.',
  },
  'key-invalid': {
    severity: 'error',
    rfc: 'RFC 7517 §4',
    en: (p) => `The key could not be read: ${keyProblemEn(p)}`,
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
      `The token says ${s(p, 'alg')}, but the key is ${keyEn(p)}: ${mismatchEn(p)} A key must be used with one algorithm only.`,
  },
  'key-use-not-sig': {
    severity: 'error',
    rfc: 'RFC 7517 §4.2',
    en: (p) =>
      `The key says "use": "${s(p, 'use')}", so it is not for signatures; it must not ${p.op === 'sign' ? 'sign' : 'verify'} a JWS. A key is meant for one purpose only.`,
  },
  'key-ops-forbid': {
    severity: 'error',
    rfc: 'RFC 7517 §4.3',
    en: (p) =>
      `The key's "key_ops" list (${s(p, 'ops') || 'empty'}) does not include "${s(p, 'op')}", so it must not be used to ${p.op === 'sign' ? 'sign' : 'verify'}.`,
  },
  'key-small-order': {
    severity: 'error',
    rfc: 'RFC 8032 §5.1.7; RFC 8037 §2',
    en: () =>
      'This Ed25519 public key is a point of small order (such as the identity point): with it, one constant signature verifies for every payload. It is refused.',
  },
  'kid-not-found': {
    severity: 'error',
    rfc: 'RFC 7515 §4.1.4; RFC 7517 §5',
    en: (p) =>
      `The key set has no key with "kid" = "${s(p, 'kid')}"; its kids are: ${s(p, 'kids') || 'none'}.`,
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
  'nested-signature-invalid': {
    severity: 'error',
    rfc: 'RFC 7519 §7.2 step 8; RFC 7515 §5.2 step 8',
    en: (p) =>
      `The token inside ("cty": "JWT") has a ${s(p, 'alg')} signature that does not match with this key: the inner token was changed before it was wrapped, or another key signed it. The outer signature is judged on its own.`,
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
      `The HMAC secret is the text of ${p.what === 'jwk' ? 'a JWK' : 'a public key (PEM)'}, which is public. Anyone who has it can sign tokens: this is how algorithm confusion forges them (CVE-2015-9235).`,
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
  'claim-not-numericdate': {
    severity: 'error',
    rfc: 'RFC 7519 §2, §4.1.4–4.1.6',
    en: (p) =>
      `"${s(p, 'claim')}" must be a number of seconds since 1970 (a NumericDate), not ${aType(p, 'type')}.`,
  },
  'claim-date-not-finite': {
    severity: 'error',
    rfc: 'RFC 7519 §2; RFC 8259 §6',
    en: (p) =>
      `"${s(p, 'claim')}" is ${s(p, 'text')}, a number too large for any date: it does not fit a double-precision number, so it reads as infinity and no time can be compared with it.`,
  },
  'claim-not-string': {
    severity: 'error',
    rfc: 'RFC 7519 §4.1',
    en: (p) => `"${s(p, 'claim')}" must be a string, not ${aType(p, 'type')}.`,
  },
  'aud-not-strings': {
    severity: 'error',
    rfc: 'RFC 7519 §4.1.3',
    en: () => '"aud" must be a string or an array of strings.',
  },
  expired: {
    severity: 'error',
    rfc: 'RFC 7519 §4.1.4',
    en: (p) => `The token expired ${ago(p)} ago (exp ${isoEn(p)}).`,
  },
  'expired-within-leeway': {
    severity: 'info',
    rfc: 'RFC 7519 §4.1.4',
    en: (p) =>
      `The token expired ${ago(p)} ago, within the allowed clock leeway of ${s(p, 'leeway')} s.`,
  },
  'not-yet-valid': {
    severity: 'error',
    rfc: 'RFC 7519 §4.1.5',
    en: (p) => `The token is not valid before ${isoEn(p)} (in ${ago(p)}).`,
  },
  'iat-future': {
    severity: 'warning',
    rfc: 'RFC 7519 §4.1.6',
    en: (p) =>
      `"iat" says the token was issued in the future (${isoEn(p)}): a clock is wrong or the token was forged.`,
  },
  'date-milliseconds': {
    severity: 'warning',
    rfc: 'RFC 7519 §2',
    en: (p) =>
      `"${s(p, 'claim')}" looks like milliseconds (${p.year === undefined ? 'beyond the year 275000' : `year ${s(p, 'year')}`}); NumericDate counts seconds. Divide by 1000.`,
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
      `The token is for ${audEn(p)}, not for "${s(p, 'expected')}": a token minted for another service must be rejected.`,
  },
  'aud-unchecked': {
    severity: 'warning',
    rfc: 'RFC 7519 §4.1.3; RFC 8725 §3.9',
    en: (p) =>
      `The token names an audience (${audEn(p)}), but no expected audience is set, so it was not checked.`,
  },
  'iss-mismatch': {
    severity: 'error',
    rfc: 'RFC 7519 §4.1.1; RFC 8725 §3.8',
    en: (p) =>
      p.reason === 'missing'
        ? `The token has no issuer ("iss"), but "${s(p, 'expected')}" is expected.`
        : `The issuer is ${s(p, 'iss')}, but "${s(p, 'expected')}" is expected.`,
  },
  'claim-sensitive': {
    severity: 'warning',
    rfc: 'RFC 7519 §12',
    en: (p) =>
      `"${s(p, 'claim')}" looks like sensitive data. Anyone holding the token can read the payload: it is encoded, not encrypted.`,
  },
} satisfies Record<string, SentencedCodeInfo>;

export type VerifyCode = keyof typeof VERIFY_CODES;

/** Builds a diagnostic for a code found while verifying. */
export const diagnoseVerify = makeDiagnose<VerifyCode>(VERIFY_CODES);
