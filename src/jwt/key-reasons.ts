/**
 * Why a key could not be read or used: a typed reason and typed values (member names, lengths, JSON
 * types, OIDs), never a sentence. The English sentences are below; every other language renders the
 * same reasons from its own table (the Korean one is src/i18n/strings/key-reasons.ko.ts).
 */
import type { DiagnosticParams } from './diagnostics';
import { A_JSON_TYPE, jsonSyntaxEn } from './sentences';
import type { JsonTypeName } from './json';

/** The part of a DER key structure a finding is about. */
export type DerPart =
  | 'alg-id'
  | 'spki'
  | 'public-key'
  | 'rsa-public'
  | 'pkcs8'
  | 'pkcs8-version'
  | 'private-key'
  | 'rsa-private'
  | 'ec-private'
  | 'ec-version'
  | 'ec-value'
  | 'certificate'
  | 'tbs'
  | 'cert-spki';

/** What is wrong with DER bytes (ITU-T X.690). */
export type DerReason =
  | 'ends-early'
  | 'tag-unknown'
  | 'cut-in-header'
  | 'indefinite-length'
  | 'length-too-large'
  | 'cut-in-length'
  | 'overrun'
  | 'trailing-bytes'
  | 'part-missing'
  | 'part-wrong-type'
  | 'oid-empty'
  | 'oid-too-large'
  | 'oid-cut';

/** Why a base64url JWK member does not decode. */
export type Base64urlFault = 'padding' | 'standard' | 'whitespace' | 'alphabet';

/** Every reason a key is refused; `key-invalid` carries one in its `reason` param. */
export type KeyReason =
  // JWK members (RFC 7517 §4, RFC 7518 §6, RFC 8037 §2)
  | 'jwk-not-object'
  | 'kty-missing'
  | 'kty-not-string'
  | 'kty-case'
  | 'kty-unknown'
  | 'meta-not-string'
  | 'key-ops-not-strings'
  | 'member-missing'
  | 'member-not-string'
  | 'member-not-base64url'
  | 'member-empty'
  | 'member-length'
  | 'rsa-oth'
  | 'rsa-crt-without-d'
  | 'rsa-d-without-crt'
  | 'crv-missing'
  | 'crv-not-string'
  | 'crv-secp256k1'
  | 'crv-not-ec'
  | 'crv-ed448'
  | 'crv-key-agreement'
  | 'crv-not-okp'
  | 'webcrypto-refused'
  | 'unsupported-here'
  | 'webcrypto-import'
  // DER, PKCS#1/#8, SEC1, X.509 (RFC 5280, RFC 5958, RFC 8017, RFC 5915)
  | 'der'
  | 'oid-unknown'
  | 'oid-refused'
  | 'curve-unnamed'
  | 'curve-unknown'
  | 'bit-string-unused'
  | 'rsa-multiprime'
  | 'sec1-no-curve'
  // PEM (RFC 7468)
  | 'pem-begin'
  | 'pem-no-end'
  | 'pem-end'
  | 'pem-label-mismatch'
  | 'pem-encrypted'
  | 'pem-empty'
  | 'pem-base64-char'
  | 'pem-base64-length'
  | 'pem-label-unknown'
  | 'pem-openssh-private'
  | 'pem-csr'
  | 'pem-dsa'
  | 'pem-ec-parameters'
  // key text as a whole
  | 'json-syntax'
  | 'json-array'
  | 'openssh-public'
  | 'not-a-key'
  | 'input-unknown'
  // JWK Sets (RFC 7517 §5)
  | 'jwks-keys-not-array'
  | 'jwks-empty'
  | 'set-ambiguous'
  | 'set-none-fits'
  // using a key
  | 'public-cannot-sign'
  | 'webcrypto-failed'
  | 'unexpected'
  // shared secrets in an encoding
  | 'hex-separator'
  | 'hex-char'
  | 'hex-odd'
  | 'base64-has-base64url'
  | 'base64-char'
  | 'base64-padding-middle'
  | 'base64-length'
  | 'base64-padding'
  | 'base64url-whitespace'
  | 'base64url-padding'
  | 'base64url-standard'
  | 'base64url-char';

/** A reason with its values; it becomes the params of a key-invalid diagnostic. */
export type KeyProblem = { reason: KeyReason } & DiagnosticParams;

/** Key reasons that stand for another curve or algorithm WebCrypto cannot use for JWS. */
export type RefusedKeyAlgorithm = 'Ed448' | 'X25519' | 'X448' | 'DSA';

export const typeName = (v: JsonTypeName): string => A_JSON_TYPE[v];

const s = (p: DiagnosticParams, k: string): string => String(p[k] ?? '');
const t = (p: DiagnosticParams, k: string): string =>
  A_JSON_TYPE[s(p, k) as JsonTypeName] ?? s(p, k);

/** What each member of a JWK holds (RFC 7518 §6). */
export const MEMBER_ROLES_EN: Record<string, string> = {
  k: 'the key value',
  n: 'the modulus',
  e: 'the public exponent',
  d: 'the private key',
  p: 'the first prime',
  q: 'the second prime',
  dp: 'the first CRT exponent',
  dq: 'the second CRT exponent',
  qi: 'the CRT coefficient',
  crv: 'the curve',
  x: 'the x coordinate',
  y: 'the y coordinate',
};

export const DER_PARTS_EN: Record<DerPart, string> = {
  'alg-id': 'the algorithm identifier',
  spki: 'the SubjectPublicKeyInfo',
  'public-key': 'the public key',
  'rsa-public': 'an RSA public key (PKCS#1 RSAPublicKey)',
  pkcs8: 'the PKCS#8 PrivateKeyInfo',
  'pkcs8-version': 'the PKCS#8 version',
  'private-key': 'the private key',
  'rsa-private': 'an RSA private key (PKCS#1 RSAPrivateKey)',
  'ec-private': 'an EC private key',
  'ec-version': 'the EC private key version',
  'ec-value': 'the EC private key value',
  certificate: 'the certificate',
  tbs: 'the certificate body (tbsCertificate)',
  'cert-spki': "the certificate's subjectPublicKeyInfo",
};

const DER_EN: Record<DerReason, (p: DiagnosticParams) => string> = {
  'ends-early': () => 'the data ends where another element was expected',
  'tag-unknown': () => 'the data uses a tag this reader does not know',
  'cut-in-header': () => 'the data is cut short inside an element header',
  'indefinite-length': () => 'the data uses an indefinite length (BER), which DER does not allow',
  'length-too-large': () => 'a length is larger than any key could be',
  'cut-in-length': () => 'the data is cut short inside a length',
  overrun: () => 'the data is cut short: an element claims more bytes than there are',
  'trailing-bytes': (p) => `there are ${s(p, 'count')} unexpected bytes after the data`,
  'part-missing': (p) => `${DER_PARTS_EN[p.part as DerPart] ?? s(p, 'part')} is missing`,
  'part-wrong-type': (p) =>
    `${DER_PARTS_EN[p.part as DerPart] ?? s(p, 'part')} has the wrong DER type`,
  'oid-empty': () => 'an object identifier is empty',
  'oid-too-large': () => 'an object identifier is too large',
  'oid-cut': () => 'an object identifier is cut short',
};

const B64URL_FAULT_EN: Record<Base64urlFault, string> = {
  padding: 'base64url leaves out the "=" padding',
  standard: '"+" and "/" are standard base64; a JWK uses base64url with "-" and "_"',
  whitespace: 'it contains white space',
  alphabet:
    'only A–Z, a–z, 0–9, "-" and "_" are allowed, in a length that does not leave 1 after dividing by 4',
};

const ENCRYPTED =
  'this private key is encrypted with a password, which is not supported here; decrypt it first (openssl pkey -in key.pem -out plain.pem).';
const CSR =
  'this is a certificate signing request, not a key; paste the public key or the issued certificate.';

/** The English sentence of each key reason; it completes "The key could not be read: …". */
export const KEY_REASONS_EN: Record<KeyReason, (p: DiagnosticParams) => string> = {
  'jwk-not-object': (p) => `a JWK must be a JSON object, and this is ${t(p, 'actual')}.`,
  'kty-missing': () =>
    'this JWK has no "kty" (key type); it must be "oct", "RSA", "EC" or "OKP" (RFC 7517 §4.1).',
  'kty-not-string': (p) => `"kty" must be a string, and here it is ${t(p, 'actual')}.`,
  'kty-case': (p) =>
    `"kty" is "${s(p, 'kty')}", but key types are case-sensitive: write "${s(p, 'fixed')}" (RFC 7517 §4.1).`,
  'kty-unknown': (p) =>
    `"kty" is "${s(p, 'kty')}"; JWS keys are "oct", "RSA", "EC" or "OKP" (RFC 7518 §6.1, RFC 8037 §2).`,
  'meta-not-string': (p) =>
    `"${s(p, 'name')}" must be a string, and here it is ${t(p, 'actual')} (RFC 7517 §4).`,
  'key-ops-not-strings': () =>
    '"key_ops" must be an array of strings such as ["verify"] (RFC 7517 §4.3).',
  'member-missing': (p) =>
    `this ${s(p, 'kty')} JWK has no "${s(p, 'name')}" (${MEMBER_ROLES_EN[s(p, 'name')] ?? s(p, 'name')}).`,
  'member-not-string': (p) =>
    `"${s(p, 'name')}" must be a base64url string, and here it is ${t(p, 'actual')}.`,
  'member-not-base64url': (p) =>
    `"${s(p, 'name')}" is not base64url: ${B64URL_FAULT_EN[p.fault as Base64urlFault] ?? ''} (RFC 7515 §2, RFC 7518 §6).`,
  'member-empty': (p) => `"${s(p, 'name')}" is empty.`,
  'member-length': (p) =>
    `"${s(p, 'name')}" is ${s(p, 'length')} bytes long; on ${s(p, 'crv')} it must be exactly ${s(p, 'expected')} bytes (${s(p, 'section')}).`,
  'rsa-oth': () =>
    'this RSA key has more than two primes ("oth", RFC 7518 §6.3.2.7), which WebCrypto does not support.',
  'rsa-crt-without-d': (p) =>
    `this RSA JWK has ${s(p, 'present')} but no "d"; a private RSA key needs "d" (RFC 7518 §6.3.2.1).`,
  'rsa-d-without-crt': (p) =>
    `this private RSA JWK has "d" but lacks ${s(p, 'missing')}; WebCrypto needs all of "p", "q", "dp", "dq" and "qi" (RFC 7518 §6.3.2).`,
  'crv-missing': (p) => `this ${s(p, 'kty')} JWK has no "crv" (the curve).`,
  'crv-not-string': (p) => `"crv" must be a string, and here it is ${t(p, 'actual')}.`,
  'crv-secp256k1': () => 'the curve secp256k1 (ES256K, RFC 8812) is not supported by WebCrypto.',
  'crv-not-ec': (p) =>
    `"crv" is "${s(p, 'crv')}"; EC keys for JWS use "P-256", "P-384" or "P-521" (RFC 7518 §6.2.1.1).`,
  'crv-ed448': () => 'Ed448 is not supported by WebCrypto here; use an Ed25519 key.',
  'crv-key-agreement': (p) =>
    `${s(p, 'crv')} is a key-agreement curve (ECDH-ES, RFC 8037 §3.2); it cannot sign or verify a JWS.`,
  'crv-not-okp': (p) => `"crv" is "${s(p, 'crv')}"; OKP signing keys use "Ed25519" (RFC 8037 §2).`,
  'webcrypto-refused': (p) =>
    `WebCrypto refused this ${s(p, 'kty')} key (${s(p, 'error')}): its members decode, but their values do not form a valid key${p.kty === 'EC' ? ' (the point must lie on the curve)' : ''}.`,
  'unsupported-here': (p) => `this browser's WebCrypto does not support ${s(p, 'name')} keys.`,
  'webcrypto-import': (p) =>
    `WebCrypto could not import this ${s(p, 'name')} key (${s(p, 'error')}).`,
  der: (p) =>
    `the key's binary (DER) structure is broken: ${DER_EN[p.der as DerReason]?.(p) ?? ''}.`,
  'oid-unknown': (p) => `its algorithm (OID ${s(p, 'oid')}) is not one that JWS uses.`,
  'oid-refused': (p) =>
    p.name === 'DSA'
      ? 'this is a DSA key; JWS defines no DSA algorithm (RFC 7518 §3.1).'
      : p.name === 'Ed448'
        ? 'Ed448 is not supported by WebCrypto here; use an Ed25519 key.'
        : `this is an ${s(p, 'name')} key, made for key agreement (ECDH-ES); it cannot sign or verify a JWS.`,
  'curve-unnamed': () =>
    'this EC key does not name its curve (explicit curve parameters are not supported, RFC 5480 §2.1.1).',
  'curve-unknown': (p) =>
    `the curve (OID ${s(p, 'oid')}) is not one of P-256, P-384 and P-521, the curves of RFC 7518 §3.4.`,
  'bit-string-unused': () => 'the public key BIT STRING has unused bits.',
  'rsa-multiprime': () =>
    'this RSA key has more than two primes (PKCS#1 version 1), which WebCrypto does not support.',
  'sec1-no-curve': () =>
    'this EC PRIVATE KEY does not name its curve (the optional [0] parameters of RFC 5915 §3 are missing).',
  'pem-begin': () =>
    'the BEGIN line is malformed: it must read "-----BEGIN LABEL-----" (RFC 7468 §2).',
  'pem-no-end': (p) => `the PEM block has no END line ("-----END ${s(p, 'label')}-----").`,
  'pem-end': () => 'the END line is malformed: it must read "-----END LABEL-----" (RFC 7468 §2).',
  'pem-label-mismatch': (p) =>
    `the block begins with "BEGIN ${s(p, 'label')}" but ends with "END ${s(p, 'end')}"; the labels must match (RFC 7468 §2).`,
  'pem-encrypted': () => ENCRYPTED,
  'pem-empty': () => 'the PEM block is empty.',
  'pem-base64-char': (p) =>
    `"${s(p, 'char')}" is not a base64 character, so the text between BEGIN and END is not base64 (RFC 7468 §3).`,
  'pem-base64-length': () =>
    'the text between BEGIN and END is not valid base64: its length or "=" padding is wrong (RFC 7468 §3).',
  'pem-label-unknown': (p) =>
    `"BEGIN ${s(p, 'label')}" is not a key format read here; paste a PUBLIC KEY, PRIVATE KEY, RSA PUBLIC KEY, RSA PRIVATE KEY, EC PRIVATE KEY or CERTIFICATE block.`,
  'pem-openssh-private': () =>
    'this is an OpenSSH private key; convert it to PKCS#8 PEM first (ssh-keygen -p -m PKCS8 -f keyfile).',
  'pem-csr': () => CSR,
  'pem-dsa': () => 'this is a DSA key; JWS defines no DSA algorithm (RFC 7518 §3.1).',
  'pem-ec-parameters': () =>
    'this block only names a curve; the key itself is in an EC PRIVATE KEY block.',
  'json-syntax': (p) =>
    `this looks like JSON but does not parse: ${jsonSyntaxEn({ ...p, reason: p.syntax ?? '' })}`,
  'json-array': () =>
    'this is a JSON array; a JWK Set is an object: {"keys": [ … ]} (RFC 7517 §5).',
  'openssh-public': () =>
    'this is an OpenSSH public key; convert it to PEM (ssh-keygen -e -m PKCS8 -f key.pub).',
  'not-a-key': () =>
    'this is neither PEM nor a JWK; if it is a shared secret, choose its encoding (text, base64, base64url or hex).',
  'input-unknown': () => 'the key input has an unknown type.',
  'jwks-keys-not-array': (p) =>
    `"keys" must be an array of JWKs, and here it is ${t(p, 'actual')} (RFC 7517 §5.1).`,
  'jwks-empty': () => 'the JWK Set is empty: its "keys" array has no keys.',
  'set-ambiguous': () =>
    'several keys in the set fit this token and it has no "kid" to choose between them.',
  'set-none-fits': () => 'no key in the set fits this token.',
  'public-cannot-sign': () => 'a public key can only verify; signing needs the private key.',
  'webcrypto-failed': (p) => `WebCrypto refused it (${s(p, 'error')}).`,
  unexpected: (p) => `an unexpected error occurred while reading it (${s(p, 'error')}).`,
  'hex-separator': (p) => `a separator splits a pair of hex digits (at character ${s(p, 'at')}).`,
  'hex-char': (p) => `"${s(p, 'char')}" is not a hex digit (0–9, a–f).`,
  'hex-odd': () => 'hex must have an even number of digits: two digits make one byte.',
  'base64-has-base64url': (p) =>
    `"${s(p, 'char')}" belongs to base64url, not base64; choose base64url as the encoding.`,
  'base64-char': (p) => `"${s(p, 'char')}" is not a base64 character (A–Z, a–z, 0–9, "+", "/").`,
  'base64-padding-middle': () => 'the "=" padding may only appear at the end.',
  'base64-length': (p) =>
    `${s(p, 'length')} characters cannot be ${s(p, 'encoding')}: no bytes encode to a length that leaves 1 after dividing by 4 (RFC 4648 §4).`,
  'base64-padding': () =>
    'the "=" padding does not fit: padded base64 is a multiple of 4 characters long.',
  'base64url-whitespace': () => 'base64url has no white space or line breaks (RFC 7515 §2).',
  'base64url-padding': () => 'base64url leaves out the "=" padding (RFC 7515 §2).',
  'base64url-standard': (p) =>
    `"${s(p, 'char')}" belongs to standard base64; choose base64 as the encoding, or write "-" and "_" (RFC 4648 §5).`,
  'base64url-char': (p) =>
    `"${s(p, 'char')}" is not a base64url character (A–Z, a–z, 0–9, "-", "_").`,
};

/** The English sentence of a key problem, with its JWK Set position when it has one. */
export function keyProblemEn(p: DiagnosticParams): string {
  const text = KEY_REASONS_EN[p.reason as KeyReason]?.(p) ?? '';
  return p.index === undefined ? text : `keys[${s(p, 'index')}] in the JWK Set: ${text}`;
}
