/**
 * The findings of decrypting and making encrypted tokens (JWE, RFC 7516): one table, like the JWS
 * ones, so a code without a severity, an RFC section and an English sentence does not compile.
 */
import { makeDiagnose, type DiagnosticParams, type SentencedCodeInfo } from '../diagnostics';

const s = (p: DiagnosticParams, k: string): string => String(p[k] ?? '');

/** What is wrong with a header member a key management algorithm needs (param `problem`). */
export const HEADER_PROBLEMS_EN: Record<string, (p: DiagnosticParams) => string> = {
  missing: () => 'the header does not have it.',
  'not-string': () => 'it must be a base64url string.',
  'not-base64url': () => 'it is not base64url.',
  length: (p) => `it must be ${s(p, 'expected')} bytes long, and it is ${s(p, 'actual')}.`,
  'not-count': () => 'it must be a positive whole number.',
};

/** What is wrong with the sender's "epk" (param `problem`). */
export const EPK_PROBLEMS_EN: Record<string, (p: DiagnosticParams) => string> = {
  missing: (p) =>
    `${s(p, 'alg')} needs the sender's public key as a JWK object in "epk", and there is none.`,
  curve: (p) =>
    `it is on the curve ${s(p, 'crv')}, and the key on ${s(p, 'keyCrv')}; both must be on one curve.`,
  point: () => 'WebCrypto does not accept it as a point on the curve.',
  'small-order': () => 'key agreement with it fails (a small-order point).',
};

export const JWE_CODES = {
  'jwe-decrypted': {
    severity: 'info',
    rfc: 'RFC 7516 §5.2',
    en: (p) =>
      `Decrypted: the key was recovered with ${s(p, 'alg')} and the content opened with ${s(p, 'enc')}; the authentication tag matches, so nothing was changed.`,
  },
  'jwe-key-missing': {
    severity: 'info',
    rfc: 'RFC 7516 §5.2',
    en: () =>
      'Without the decryption key the payload stays ciphertext: paste the key (a secret, a JWK, a JWK Set or a PEM private key, or the password for PBES2) to open it.',
  },
  'jwe-alg-missing': {
    severity: 'error',
    rfc: 'RFC 7516 §4.1.1',
    en: () => 'The header has no "alg": the recipient cannot know how the content key was sent.',
  },
  'jwe-enc-missing': {
    severity: 'error',
    rfc: 'RFC 7516 §4.1.2',
    en: () => 'The header has no "enc": the recipient cannot know how the content was encrypted.',
  },
  'jwe-alg-unknown': {
    severity: 'error',
    rfc: 'RFC 7518 §4.1',
    en: (p) => `"${s(p, 'alg')}" is not a JWE key management algorithm this playground knows.`,
  },
  'jwe-enc-unknown': {
    severity: 'error',
    rfc: 'RFC 7518 §5.1',
    en: (p) => `"${s(p, 'enc')}" is not a JWE content encryption algorithm this playground knows.`,
  },
  'jwe-rsa1_5-refused': {
    severity: 'error',
    rfc: 'RFC 7518 §4.2; RFC 8725 §3.2',
    en: () =>
      '"RSA1_5" (RSAES-PKCS1-v1_5) is refused: its padding leaks through error messages and timing (the Bleichenbacher attack), RFC 8725 advises against it, and WebCrypto does not offer it. Use RSA-OAEP-256.',
  },
  'jwe-unsupported-here': {
    severity: 'error',
    rfc: 'RFC 7518 §4.1, §5.1',
    en: (p) =>
      `This browser's WebCrypto does not offer ${s(p, 'what')}, so the token cannot be opened here.`,
  },
  'jwe-alg-not-allowed': {
    severity: 'error',
    rfc: 'RFC 8725 §3.1',
    en: (p) =>
      `"${s(p, 'alg')}" is not in the allowed list (${s(p, 'allowed')}); the token is refused before any decryption.`,
  },
  'jwe-crit-unsupported': {
    severity: 'error',
    rfc: 'RFC 7516 §4.1.13',
    en: (p) =>
      `"crit" requires the recipient to understand "${s(p, 'name')}", which this playground does not, so the token must be refused.`,
  },
  'jwe-zip-unsupported': {
    severity: 'error',
    rfc: 'RFC 7516 §4.1.3',
    en: (p) =>
      `"zip": "${s(p, 'zip')}" is not a compression this playground knows; only "DEF" is defined.`,
  },
  'jwe-zip': {
    severity: 'warning',
    rfc: 'RFC 7516 §4.1.3; RFC 8725 §3.6',
    en: () =>
      'The plaintext was compressed before encryption ("zip": "DEF"). Compressing secrets next to attacker-chosen text can leak them through the ciphertext length.',
  },
  'jwe-header-member': {
    severity: 'error',
    rfc: 'RFC 7518 §4',
    en: (p) =>
      `"${s(p, 'name')}" is needed by ${s(p, 'alg')}, and ${HEADER_PROBLEMS_EN[s(p, 'problem')]?.(p) ?? ''}`,
  },
  'jwe-encrypted-key-not-empty': {
    severity: 'error',
    rfc: 'RFC 7516 §5.2 step 10',
    en: (p) =>
      `With ${s(p, 'alg')} no key is sent in the token, so the encrypted key part must be empty, and here it is not.`,
  },
  'jwe-encrypted-key-empty': {
    severity: 'error',
    rfc: 'RFC 7516 §5.2 step 9',
    en: (p) =>
      `With ${s(p, 'alg')} the content key travels in the encrypted key part, and it is empty.`,
  },
  'jwe-iv-length': {
    severity: 'error',
    rfc: 'RFC 7518 §5.2.2.1, §5.3',
    en: (p) =>
      `${s(p, 'enc')} needs an IV of ${s(p, 'expected')} bytes, and this one has ${s(p, 'actual')}.`,
  },
  'jwe-tag-length': {
    severity: 'error',
    rfc: 'RFC 7518 §5.2.2.2, §5.3',
    en: (p) =>
      `${s(p, 'enc')} makes an authentication tag of ${s(p, 'expected')} bytes, and this one has ${s(p, 'actual')}: part of the tag is missing or extra.`,
  },
  'jwe-key-unfit': {
    severity: 'error',
    rfc: 'RFC 7518 §4.1',
    en: (p) => `${s(p, 'alg')} needs ${s(p, 'needs')}, and the key is ${s(p, 'key')}.`,
  },
  'jwe-key-public': {
    severity: 'error',
    rfc: 'RFC 7516 §5.2; RFC 7518 §4.3, §4.6',
    en: (p) =>
      `This is the public ${s(p, 'kty')} key: it can encrypt a token for its owner, but only the matching private key decrypts it.`,
  },
  'jwe-key-alg-mismatch': {
    severity: 'error',
    rfc: 'RFC 7517 §4.4; RFC 8725 §3.1',
    en: (p) =>
      `The key is marked "alg": "${s(p, 'keyAlg')}", so it must not be used for "${s(p, 'alg')}".`,
  },
  'jwe-key-use-sig': {
    severity: 'warning',
    rfc: 'RFC 7517 §4.2',
    en: () => 'The key is marked "use": "sig" (signing only), yet it is used for encryption here.',
  },
  'jwe-kid-not-found': {
    severity: 'error',
    rfc: 'RFC 7516 §4.1.6',
    en: (p) => `The token asks for the key "${s(p, 'kid')}", and the set has ${s(p, 'kids')}.`,
  },
  'jwe-key-length': {
    severity: 'error',
    rfc: 'RFC 7518 §4.4, §4.5, §4.7',
    en: (p) =>
      `${s(p, 'alg')} needs a key of ${s(p, 'expected')} bits, and this key has ${s(p, 'actual')}.`,
  },
  'jwe-unwrap-failed': {
    severity: 'error',
    rfc: 'RFC 7516 §5.2 step 7, §11.5',
    en: (p) =>
      `The content key could not be recovered with ${s(p, 'alg')}: either this is not the key the token was encrypted for, or the encrypted key${s(p, 'alg').includes('GCMKW') ? ', its IV or tag' : ''} was changed.`,
  },
  'jwe-cek-length': {
    severity: 'error',
    rfc: 'RFC 7516 §5.2 step 7; RFC 7518 §5.2.2, §5.3',
    en: (p) =>
      `${s(p, 'enc')} needs a content key of ${s(p, 'expected')} bits, and the recovered one has ${s(p, 'actual')}.`,
  },
  'jwe-tag-mismatch': {
    severity: 'error',
    rfc: 'RFC 7516 §5.2 step 16; RFC 7518 §5.2.2.2, §5.3',
    en: () =>
      'Decryption failed: the authentication tag does not match. The ciphertext, the IV, the tag or the header (the additional authenticated data) was changed, or the key is wrong. No plaintext is shown: not even part of it may be trusted.',
  },
  'jwe-p2c-too-large': {
    severity: 'error',
    rfc: 'RFC 7518 §4.8.1.2; RFC 8725 §3.11',
    en: (p) =>
      `"p2c" asks for ${s(p, 'p2c')} PBKDF2 iterations, over this playground's cap of ${s(p, 'max')}; a sender can make a recipient burn CPU this way, so the token is refused.`,
  },
  'jwe-p2c-small': {
    severity: 'warning',
    rfc: 'RFC 7518 §4.8.1.2',
    en: (p) =>
      `"p2c" is ${s(p, 'p2c')}: RFC 7518 recommends at least 1000 iterations, and a guessed password is checked that much faster.`,
  },
  'jwe-p2s-short': {
    severity: 'warning',
    rfc: 'RFC 7518 §4.8.1.1',
    en: (p) => `The salt "p2s" has ${s(p, 'bytes')} bytes; at least 8 are required.`,
  },
  'jwe-epk-invalid': {
    severity: 'error',
    rfc: 'RFC 7518 §4.6.1.1',
    en: (p) =>
      `The sender's ephemeral key "epk" is unusable: ${EPK_PROBLEMS_EN[s(p, 'problem')]?.(p) ?? ''}`,
  },
  'jwe-nested': {
    severity: 'info',
    rfc: 'RFC 7519 §5.2, §11.2',
    en: () =>
      'The plaintext is itself a token ("cty": "JWT"): a signed token inside an encrypted one. It was verified in turn, with the same key field.',
  },
  'jwe-encrypt-failed': {
    severity: 'error',
    rfc: 'RFC 7516 §5.1',
    en: (p) => `WebCrypto could not encrypt the token (${s(p, 'error')}).`,
  },
} satisfies Record<string, SentencedCodeInfo>;

export type JweCode = keyof typeof JWE_CODES;

/** Builds a diagnostic for a code found while decrypting or encrypting. */
export const diagnoseJwe = makeDiagnose<JweCode>(JWE_CODES);
