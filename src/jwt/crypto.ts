/**
 * The only place that talks to WebCrypto for JWS: import a key for exactly one algorithm, sign, verify.
 * A CryptoKey is bound to one algorithm at import, which is the defence against algorithm confusion
 * (RFC 8725 §3.1).
 */
import type { AlgInfo } from './algorithms';
import type { KeyEntry } from './secrets';

/**
 * The JWK members WebCrypto needs, without alg/use/key_ops/ext: the core checks those itself
 * (alg in key-fit.ts keyFitsAlgorithm, use and key_ops in key-use.ts) before importing.
 */
function importableJwk(jwk: JsonWebKey): JsonWebKey {
  const copy: JsonWebKey = { ...jwk };
  delete copy.alg;
  delete copy.use;
  delete copy.key_ops;
  delete copy.ext;
  delete (copy as Record<string, unknown>).kid;
  return copy;
}

function bufferOf(bytes: Uint8Array): ArrayBuffer {
  // WebCrypto wants a BufferSource; copy so a view into a larger buffer never leaks extra bytes.
  // A view of a whole buffer is that buffer (WebCrypto copies what it is given).
  const whole =
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength;
  return whole ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
}

/** Imports a key for one algorithm and one use. Throws WebCrypto's errors (callers translate them). */
export async function importFor(
  key: KeyEntry,
  info: AlgInfo,
  use: 'sign' | 'verify',
): Promise<CryptoKey> {
  if (info.family === 'HMAC') {
    return crypto.subtle.importKey(
      'raw',
      bufferOf(key.secret ?? new Uint8Array()),
      info.importParams,
      false,
      [use],
    );
  }
  const jwk = use === 'verify' ? (key.publicJwk ?? key.jwk) : key.jwk;
  return crypto.subtle.importKey('jwk', importableJwk(jwk), info.importParams, false, [use]);
}

export async function signBytes(
  info: AlgInfo,
  key: CryptoKey,
  data: Uint8Array,
): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign(info.signParams, key, bufferOf(data)));
}

export async function verifyBytes(
  info: AlgInfo,
  key: CryptoKey,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<boolean> {
  return crypto.subtle.verify(info.signParams, key, bufferOf(signature), bufferOf(data));
}

let ed25519Support: Promise<boolean> | null = null;

/** Whether this WebCrypto implements Ed25519 (feature detection, cached). */
export function supportsEd25519(): Promise<boolean> {
  ed25519Support ??= crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']).then(
    () => true,
    () => false,
  );
  return ed25519Support;
}
