/**
 * The JWE algorithm tables (RFC 7518 §4 and §5): callers ask the table, never compare names.
 */

/** How the content encryption key (CEK) reaches the recipient (RFC 7516 §2, "Key Management Mode"). */
export type KeyManagement =
  'dir' | 'kw' | 'gcmkw' | 'rsa-oaep' | 'ecdh-es' | 'ecdh-es-kw' | 'pbes2';

export interface JweAlgInfo {
  alg: string;
  mode: KeyManagement;
  /** AES key size of the wrapping key (KW, GCMKW, ECDH-ES+KW, PBES2), in bits. */
  kwBits?: number;
  /** The hash of RSA-OAEP or PBES2's HMAC. */
  hash?: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';
  /** The RFC 7518 section. */
  rfc: string;
}

const kw = (alg: string, bits: number): JweAlgInfo => ({
  alg,
  mode: 'kw',
  kwBits: bits,
  rfc: 'RFC 7518 §4.4',
});
const gcmkw = (alg: string, bits: number): JweAlgInfo => ({
  alg,
  mode: 'gcmkw',
  kwBits: bits,
  rfc: 'RFC 7518 §4.7',
});
const ecdhkw = (alg: string, bits: number): JweAlgInfo => ({
  alg,
  mode: 'ecdh-es-kw',
  kwBits: bits,
  rfc: 'RFC 7518 §4.6',
});
const pbes2 = (alg: string, hash: 'SHA-256' | 'SHA-384' | 'SHA-512', bits: number): JweAlgInfo => ({
  alg,
  mode: 'pbes2',
  hash,
  kwBits: bits,
  rfc: 'RFC 7518 §4.8',
});

/** Every key management algorithm that can be opened here. */
export const JWE_ALGS: Record<string, JweAlgInfo> = {
  dir: { alg: 'dir', mode: 'dir', rfc: 'RFC 7518 §4.5' },
  A128KW: kw('A128KW', 128),
  A192KW: kw('A192KW', 192),
  A256KW: kw('A256KW', 256),
  A128GCMKW: gcmkw('A128GCMKW', 128),
  A192GCMKW: gcmkw('A192GCMKW', 192),
  A256GCMKW: gcmkw('A256GCMKW', 256),
  'RSA-OAEP': { alg: 'RSA-OAEP', mode: 'rsa-oaep', hash: 'SHA-1', rfc: 'RFC 7518 §4.3' },
  'RSA-OAEP-256': { alg: 'RSA-OAEP-256', mode: 'rsa-oaep', hash: 'SHA-256', rfc: 'RFC 7518 §4.3' },
  'ECDH-ES': { alg: 'ECDH-ES', mode: 'ecdh-es', rfc: 'RFC 7518 §4.6' },
  'ECDH-ES+A128KW': ecdhkw('ECDH-ES+A128KW', 128),
  'ECDH-ES+A192KW': ecdhkw('ECDH-ES+A192KW', 192),
  'ECDH-ES+A256KW': ecdhkw('ECDH-ES+A256KW', 256),
  'PBES2-HS256+A128KW': pbes2('PBES2-HS256+A128KW', 'SHA-256', 128),
  'PBES2-HS384+A192KW': pbes2('PBES2-HS384+A192KW', 'SHA-384', 192),
  'PBES2-HS512+A256KW': pbes2('PBES2-HS512+A256KW', 'SHA-512', 256),
};

/** Known to RFC 7518 but refused here, with the reason's code. */
export const REFUSED_ALGS = new Set(['RSA1_5']);

export interface JweEncInfo {
  enc: string;
  family: 'GCM' | 'CBC-HS';
  /** The whole content key, in bits (for CBC-HS: MAC key and AES key together). */
  keyBits: number;
  ivBytes: number;
  tagBytes: number;
  /** The HMAC hash of CBC-HS. */
  hash?: 'SHA-256' | 'SHA-384' | 'SHA-512';
  rfc: string;
}

const gcm = (enc: string, bits: number): JweEncInfo => ({
  enc,
  family: 'GCM',
  keyBits: bits,
  ivBytes: 12,
  tagBytes: 16,
  rfc: 'RFC 7518 §5.3',
});
const cbc = (enc: string, bits: number, hash: 'SHA-256' | 'SHA-384' | 'SHA-512'): JweEncInfo => ({
  enc,
  family: 'CBC-HS',
  keyBits: bits,
  ivBytes: 16,
  tagBytes: bits / 16,
  hash,
  rfc: 'RFC 7518 §5.2',
});

/** Every content encryption algorithm (RFC 7518 §5.1). */
export const JWE_ENCS: Record<string, JweEncInfo> = {
  A128GCM: gcm('A128GCM', 128),
  A192GCM: gcm('A192GCM', 192),
  A256GCM: gcm('A256GCM', 256),
  'A128CBC-HS256': cbc('A128CBC-HS256', 256, 'SHA-256'),
  'A192CBC-HS384': cbc('A192CBC-HS384', 384, 'SHA-384'),
  'A256CBC-HS512': cbc('A256CBC-HS512', 512, 'SHA-512'),
};

export const JWE_ALG_NAMES = Object.keys(JWE_ALGS);
export const JWE_ENC_NAMES = Object.keys(JWE_ENCS);

export function getJweAlg(alg: string): JweAlgInfo | null {
  return Object.hasOwn(JWE_ALGS, alg) ? JWE_ALGS[alg]! : null;
}

export function getJweEnc(enc: string): JweEncInfo | null {
  return Object.hasOwn(JWE_ENCS, enc) ? JWE_ENCS[enc]! : null;
}
