/**
 * One table from a JWS "alg" to everything the core needs to know about it (RFC 7518 §3, RFC 8037,
 * RFC 9864). Code looks algorithms up here instead of branching on names.
 */

export type JwsAlg =
  | 'HS256'
  | 'HS384'
  | 'HS512'
  | 'RS256'
  | 'RS384'
  | 'RS512'
  | 'PS256'
  | 'PS384'
  | 'PS512'
  | 'ES256'
  | 'ES384'
  | 'ES512'
  | 'EdDSA'
  | 'Ed25519'
  | 'none';

export type AlgFamily = 'HMAC' | 'RSA' | 'RSA-PSS' | 'ECDSA' | 'EdDSA' | 'none';
export type Kty = 'oct' | 'RSA' | 'EC' | 'OKP';
export type Hash = 'SHA-256' | 'SHA-384' | 'SHA-512';

export interface AlgInfo {
  alg: JwsAlg;
  family: AlgFamily;
  /** The key type that can serve this algorithm; null for "none". */
  kty: Kty | null;
  hash: Hash | null;
  /** Required curve for ECDSA / EdDSA. */
  crv: string | null;
  /** Exact signature length in bytes where the RFC fixes it. */
  sigBytes: number | null;
  /** Minimum key size in bits the RFC requires (HMAC: the hash size; RSA: 2048). */
  minKeyBits: number | null;
  /** Re-signing the same input gives the same bytes (HMAC, PKCS#1 v1.5, Ed25519). */
  deterministic: boolean;
  /** WebCrypto parameters for importKey. */
  importParams: AlgorithmIdentifier | RsaHashedImportParams | EcKeyImportParams | HmacImportParams;
  /** WebCrypto parameters for sign / verify. */
  signParams: AlgorithmIdentifier | RsaPssParams | EcdsaParams;
  /** Where it is defined. */
  rfc: string;
}

const hmac = (alg: JwsAlg, hash: Hash, bits: number): AlgInfo => ({
  alg,
  family: 'HMAC',
  kty: 'oct',
  hash,
  crv: null,
  sigBytes: bits / 8,
  minKeyBits: bits,
  deterministic: true,
  importParams: { name: 'HMAC', hash },
  signParams: { name: 'HMAC' },
  rfc: 'RFC 7518 §3.2',
});

const rsa = (alg: JwsAlg, hash: Hash): AlgInfo => ({
  alg,
  family: 'RSA',
  kty: 'RSA',
  hash,
  crv: null,
  sigBytes: null,
  minKeyBits: 2048,
  deterministic: true,
  importParams: { name: 'RSASSA-PKCS1-v1_5', hash },
  signParams: { name: 'RSASSA-PKCS1-v1_5' },
  rfc: 'RFC 7518 §3.3',
});

// RFC 7518 §3.5: the salt is as long as the hash output.
const pss = (alg: JwsAlg, hash: Hash, saltLength: number): AlgInfo => ({
  alg,
  family: 'RSA-PSS',
  kty: 'RSA',
  hash,
  crv: null,
  sigBytes: null,
  minKeyBits: 2048,
  deterministic: false,
  importParams: { name: 'RSA-PSS', hash },
  signParams: { name: 'RSA-PSS', saltLength },
  rfc: 'RFC 7518 §3.5',
});

// RFC 7518 §3.4: the signature is R || S, each as long as the curve's order (ES512 uses P-521).
const ecdsa = (alg: JwsAlg, hash: Hash, crv: string, sigBytes: number): AlgInfo => ({
  alg,
  family: 'ECDSA',
  kty: 'EC',
  hash,
  crv,
  sigBytes,
  minKeyBits: null,
  deterministic: false,
  importParams: { name: 'ECDSA', namedCurve: crv },
  signParams: { name: 'ECDSA', hash },
  rfc: 'RFC 7518 §3.4',
});

const ed25519 = (alg: JwsAlg, rfc: string): AlgInfo => ({
  alg,
  family: 'EdDSA',
  kty: 'OKP',
  hash: null,
  crv: 'Ed25519',
  sigBytes: 64,
  minKeyBits: null,
  deterministic: true,
  importParams: { name: 'Ed25519' },
  signParams: { name: 'Ed25519' },
  rfc,
});

export const ALGORITHMS: Readonly<Record<JwsAlg, AlgInfo>> = {
  HS256: hmac('HS256', 'SHA-256', 256),
  HS384: hmac('HS384', 'SHA-384', 384),
  HS512: hmac('HS512', 'SHA-512', 512),
  RS256: rsa('RS256', 'SHA-256'),
  RS384: rsa('RS384', 'SHA-384'),
  RS512: rsa('RS512', 'SHA-512'),
  PS256: pss('PS256', 'SHA-256', 32),
  PS384: pss('PS384', 'SHA-384', 48),
  PS512: pss('PS512', 'SHA-512', 64),
  ES256: ecdsa('ES256', 'SHA-256', 'P-256', 64),
  ES384: ecdsa('ES384', 'SHA-384', 'P-384', 96),
  ES512: ecdsa('ES512', 'SHA-512', 'P-521', 132),
  // RFC 8037 §3.1 "EdDSA" is polymorphic; RFC 9864 deprecates it for the fully specified "Ed25519".
  EdDSA: ed25519('EdDSA', 'RFC 8037 §3.1'),
  Ed25519: ed25519('Ed25519', 'RFC 9864 §2.2'),
  none: {
    alg: 'none',
    family: 'none',
    kty: null,
    hash: null,
    crv: null,
    sigBytes: 0,
    minKeyBits: null,
    deterministic: true,
    importParams: { name: 'none' },
    signParams: { name: 'none' },
    rfc: 'RFC 7518 §3.6',
  },
};

/** Every algorithm name, in table order. */
export const ALG_NAMES = Object.keys(ALGORITHMS) as JwsAlg[];

/** Algorithms that sign (everything but "none"). */
export const SIGNING_ALGS = ALG_NAMES.filter((a) => a !== 'none');

/** Looks up an algorithm by its exact, case-sensitive name (RFC 7515 §4.1.1). */
export function getAlgorithm(name: string): AlgInfo | null {
  return Object.prototype.hasOwnProperty.call(ALGORITHMS, name) ? ALGORITHMS[name as JwsAlg] : null;
}
