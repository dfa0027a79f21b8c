/**
 * The JWT core's only door. Pure TypeScript over WebCrypto, TextEncoder and Uint8Array: no React, no
 * DOM. Nothing here throws at a user; every finding is a {@link Diagnostic} with a stable code.
 */

export {
  /** Every diagnostic code with its severity, RFC section and English sentence. */
  CODES,
  /** The English sentence of a finding (findings carry a code and typed params, never prose). */
  sentenceOf,
} from './codes';

export {
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticParams,
  type PartName,
  type Severity,
  type Span,
} from './diagnostics';

export {
  /** The algorithm table: one entry per JWS "alg" (RFC 7518 §3, RFC 8037, RFC 9864). */
  ALGORITHMS,
  ALG_NAMES,
  SIGNING_ALGS,
  /** Looks up an algorithm by its exact, case-sensitive name. */
  getAlgorithm,
  type AlgFamily,
  type AlgInfo,
  type JwsAlg,
  type Kty,
} from './algorithms';

export {
  /** The algorithms a key can serve. */
  algorithmsForKey,
  /** Why a key cannot serve an algorithm, or null. */
  keyFitsAlgorithm,
} from './key-fit';

export {
  /** Encodes bytes as unpadded base64url. */
  encodeBase64url,
  /** Encodes text's UTF-8 bytes as base64url. */
  encodeBase64urlText,
  /** Decodes strict base64url, or null. */
  decodeBase64url,
  /** Bytes carried by a range of base64url characters. */
  charsToBytes,
  /** The canonical last character of a base64url text, or null when it is canonical. */
  canonicalLastChar,
  /** The 6-bit value of a base64url character. */
  sextet,
} from './base64url';

export {
  /** Splits, decodes and checks any string as a token; never throws. */
  inspect,
  /** The same, in steps a caller can run in tasks of their own. */
  inspectSteps,
  PAYLOAD_STEP_AT,
  type DecodedJson,
  type InspectOptions,
  type Inspection,
  type PayloadKind,
  type PayloadView,
  type Segment,
} from './inspect';

export {
  type JsonMember,
  type JsonParse,
  type JsonPath,
  type JsonSyntaxReason,
  type JsonTypeName,
} from './json';

/** The typed reasons findings carry in their params (each language renders them from a table). */
export type { Base64urlFault, DerPart, DerReason, KeyProblem, KeyReason } from './key-reasons';
export type { CritInvalidReason, ExpectedType } from './diagnostics';
export type { SuspiciousKid } from './header-checks';
export type { KeyMismatch } from './key-fit';
/** The typed params of every code. */
export type { CodeParams } from './params';

export {
  /** Token characters that encode a span of decoded JSON. */
  jsonSpanToInput,
  /** Decoded JSON that a span of token characters encodes. */
  inputSpanToJson,
  type PartRange,
} from './positions';

export { decodeUtf8, encodeUtf8, textOffsetsToBytes, byteOffsetToText } from './utf8';
export { utf8Length } from './utf8-length';

export {
  /** Checks exp / nbf / iat / aud / iss / sub / jti at an injected time. */
  checkClaims,
  formatDuration,
  numericDateToIso,
  REGISTERED_CLAIMS,
  type ClaimOptions,
  type RegisteredClaim,
} from './claims';

export { supportsEd25519 } from './crypto';

/** The bytes a signature covers. */
export { signingInputBytes } from './signing-input';

export {
  /** The encodings a secret's text is valid in. */
  detectSecretEncodings,
  /** Chooses the key for a token from a key set (by kid, then by algorithm). */
  selectKey,
  type KeyEntry,
  type KeyFormat,
  type KeyInput,
  type ParsedKey,
  type SecretEncoding,
} from './secrets';

export type { CheckOptions, CheckResult, SignatureStatus, Verdict } from './check';
export type { SignRequest, SignResult } from './sign';

// The heavy half (PEM / X.509 / JWK reading, WebCrypto verification and signing) loads on demand, the
// first time a key is read or a token checked: these functions are asynchronous anyway, and the
// playground's first paint needs only `inspect`.
const loadKeys = () => import('./keys');
const loadCheck = () => import('./check');
const loadSign = () => import('./sign');

/**
 * Fetches the heavy half at once, side by side, for a page about to check a token: fetched one by
 * one as a check reaches for each (the key reader, then the checks), they were a chain of requests
 * the playground's first render waited at the end of.
 */
export const preloadChecks = (): Promise<unknown> =>
  Promise.all([loadKeys(), loadCheck(), import('./claims')]);
/** Reads a key: a secret in an encoding, PEM (SPKI, PKCS#8, PKCS#1, SEC1, X.509), JWK or JWK Set. Never throws. */
export const parseKey: typeof import('./keys').parseKey = async (input) =>
  (await loadKeys()).parseKey(input);
/** A fresh secret or key pair for an algorithm. */
export const generateKey: typeof import('./keys').generateKey = async (alg) =>
  (await loadKeys()).generateKey(alg);
/** A key as PEM: SPKI for public keys, PKCS#8 for private keys. */
export const exportPem: typeof import('./keys').exportPem = async (entry) =>
  (await loadKeys()).exportPem(entry);
/** checkClaims, loaded on demand (the playground checks claims just after its first paint). */
export const loadClaimChecks = async (): Promise<typeof import('./claims').checkClaims> =>
  (await import('./claims')).checkClaims;
/** Verifies a token against a key and policy: verdict, signature outcome, diagnostics. Never throws. */
export const check: typeof import('./check').check = async (input, options) =>
  (await loadCheck()).check(input, options);
/** Signs exactly the header and payload text given. Never throws. */
export const sign: typeof import('./sign').sign = async (request) =>
  (await loadSign()).sign(request);
/**
 * sentenceOf, loaded on demand: the English sentences are most of the code tables' weight, and the
 * page renders a finding only after its first paint.
 */
export const loadSentences = async (): Promise<typeof import('./codes').sentenceOf> =>
  (await import('./codes')).sentenceOf;

export type { JweCode } from './jwe/codes';
export type { DecryptionStatus, DecryptOptions, DecryptResult } from './jwe/decrypt';
export type { EncryptRequest, EncryptResult } from './jwe/encrypt';
export type { JweKey, JweKeyTexts } from './jwe/keys';
export { JWE_ALG_NAMES, JWE_ENC_NAMES } from './jwe/algorithms';

// Encrypted tokens (RFC 7516) load on demand, as one chunk; the wrappers live in their own module so
// that only the panes that open a JWE carry them.
export {
  /** Decrypts a compact JWE with a key: status, plaintext (only when authenticated), findings. Never throws. */
  decrypt,
  /** Makes a compact JWE from a plaintext for a recipient's key. Never throws. */
  encrypt,
  /** A fresh key for a JWE algorithm pair: the text that encrypts and the text that decrypts. */
  generateJweKey,
} from './jwe/lazy';
