/**
 * The building blocks of JWE over WebCrypto alone: AES key wrap, AES-GCM, AES-CBC with HMAC, the
 * Concat KDF of ECDH-ES and PBKDF2 of PBES2. Private to the JWE folder; nothing here throws a
 * failure of authentication: it returns null, and the caller says why.
 */
import { encodeUtf8 } from '../utf8';

/** A copy as an ArrayBuffer: WebCrypto wants a BufferSource, and a view may see more than its bytes. */
export function buf(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function uint32be(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n);
  return out;
}

function uint64be(n: number): Uint8Array {
  const out = new Uint8Array(8);
  const view = new DataView(out.buffer);
  view.setUint32(0, Math.floor(n / 2 ** 32));
  view.setUint32(4, n >>> 0);
  return out;
}

/** Compares without an early exit, so the time taken says nothing about where the bytes differ. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export function randomBytes(n: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(n));
}

// --- AES Key Wrap (RFC 3394; RFC 7518 §4.4) ------------------------------------------------------

// The CEK is carried as an HMAC key: WebCrypto wraps keys, not bytes, and HMAC takes any length.
const CARRIER: HmacImportParams = { name: 'HMAC', hash: 'SHA-256' };

export async function aesKwWrap(kek: Uint8Array, cek: Uint8Array): Promise<Uint8Array> {
  const wrapping = await crypto.subtle.importKey('raw', buf(kek), 'AES-KW', false, ['wrapKey']);
  const carried = await crypto.subtle.importKey('raw', buf(cek), CARRIER, true, ['sign']);
  return new Uint8Array(await crypto.subtle.wrapKey('raw', carried, wrapping, 'AES-KW'));
}

/** The unwrapped key, or null when the integrity check of RFC 3394 §2.2.3 fails. */
export async function aesKwUnwrap(
  kek: Uint8Array,
  wrapped: Uint8Array,
): Promise<Uint8Array | null> {
  const wrapping = await crypto.subtle.importKey('raw', buf(kek), 'AES-KW', false, ['unwrapKey']);
  let carried: CryptoKey;
  try {
    carried = await crypto.subtle.unwrapKey(
      'raw',
      buf(wrapped),
      wrapping,
      'AES-KW',
      CARRIER,
      true,
      ['sign'],
    );
  } catch {
    return null;
  }
  return new Uint8Array(await crypto.subtle.exportKey('raw', carried));
}

// --- AES-GCM (RFC 7518 §5.3, §4.7) ---------------------------------------------------------------

export async function gcmEncrypt(
  key: Uint8Array,
  iv: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
): Promise<{ ciphertext: Uint8Array; tag: Uint8Array }> {
  const k = await crypto.subtle.importKey('raw', buf(key), 'AES-GCM', false, ['encrypt']);
  const out = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: buf(iv), additionalData: buf(aad), tagLength: 128 },
      k,
      buf(plaintext),
    ),
  );
  return { ciphertext: out.slice(0, out.length - 16), tag: out.slice(out.length - 16) };
}

/** The plaintext, or null when the tag does not authenticate (WebCrypto releases nothing then). */
export async function gcmDecrypt(
  key: Uint8Array,
  iv: Uint8Array,
  ciphertext: Uint8Array,
  tag: Uint8Array,
  aad: Uint8Array,
): Promise<Uint8Array | null> {
  const k = await crypto.subtle.importKey('raw', buf(key), 'AES-GCM', false, ['decrypt']);
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: buf(iv), additionalData: buf(aad), tagLength: 128 },
        k,
        buf(concat(ciphertext, tag)),
      ),
    );
  } catch {
    return null;
  }
}

// --- AES-CBC + HMAC-SHA2 (RFC 7518 §5.2) ---------------------------------------------------------

async function cbcHsTag(
  macKey: Uint8Array,
  hash: string,
  aad: Uint8Array,
  iv: Uint8Array,
  ciphertext: Uint8Array,
  tagBytes: number,
): Promise<Uint8Array> {
  const k = await crypto.subtle.importKey('raw', buf(macKey), { name: 'HMAC', hash }, false, [
    'sign',
  ]);
  // §5.2.2.1 step 4: AL is the AAD's length in bits as a 64-bit big-endian number.
  const mac = await crypto.subtle.sign(
    'HMAC',
    k,
    buf(concat(aad, iv, ciphertext, uint64be(aad.length * 8))),
  );
  return new Uint8Array(mac).slice(0, tagBytes);
}

export async function cbcHsEncrypt(
  cek: Uint8Array,
  hash: string,
  iv: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
): Promise<{ ciphertext: Uint8Array; tag: Uint8Array }> {
  // §5.2.2.1 step 1: the first half is the MAC key, the second the encryption key.
  const half = cek.length / 2;
  const k = await crypto.subtle.importKey('raw', buf(cek.slice(half)), 'AES-CBC', false, [
    'encrypt',
  ]);
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-CBC', iv: buf(iv) }, k, buf(plaintext)),
  );
  const tag = await cbcHsTag(cek.slice(0, half), hash, aad, iv, ciphertext, half);
  return { ciphertext, tag };
}

/** The plaintext, or null when the tag does not match; the tag is checked before any decryption. */
export async function cbcHsDecrypt(
  cek: Uint8Array,
  hash: string,
  iv: Uint8Array,
  ciphertext: Uint8Array,
  tag: Uint8Array,
  aad: Uint8Array,
): Promise<Uint8Array | null> {
  const half = cek.length / 2;
  const expected = await cbcHsTag(cek.slice(0, half), hash, aad, iv, ciphertext, half);
  if (!constantTimeEqual(expected, tag)) return null;
  const k = await crypto.subtle.importKey('raw', buf(cek.slice(half)), 'AES-CBC', false, [
    'decrypt',
  ]);
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-CBC', iv: buf(iv) }, k, buf(ciphertext)),
    );
  } catch {
    // Bad padding behind a valid tag: only the holder of the key could have made it; still refused.
    return null;
  }
}

// --- ECDH-ES Concat KDF (RFC 7518 §4.6.2; NIST SP 800-56A §5.8.1) --------------------------------

function lengthPrefixed(bytes: Uint8Array): Uint8Array {
  return concat(uint32be(bytes.length), bytes);
}

export async function concatKdf(
  z: Uint8Array,
  keyBits: number,
  algorithmId: string,
  apu: Uint8Array,
  apv: Uint8Array,
): Promise<Uint8Array> {
  const otherInfo = concat(
    lengthPrefixed(encodeUtf8(algorithmId)),
    lengthPrefixed(apu),
    lengthPrefixed(apv),
    uint32be(keyBits),
  );
  const rounds = Math.ceil(keyBits / 256);
  const out = new Uint8Array(rounds * 32);
  for (let i = 0; i < rounds; i++) {
    const digest = await crypto.subtle.digest(
      'SHA-256',
      buf(concat(uint32be(i + 1), z, otherInfo)),
    );
    out.set(new Uint8Array(digest), i * 32);
  }
  return out.slice(0, keyBits / 8);
}

/** The bits a curve's ECDH shares: the x coordinate, padded to the field size. */
export const SHARED_BITS: Record<string, number> = {
  'P-256': 256,
  'P-384': 384,
  'P-521': 528,
  X25519: 256,
};

export async function ecdhShared(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  crv: string,
): Promise<Uint8Array> {
  const name = crv === 'X25519' ? 'X25519' : 'ECDH';
  return new Uint8Array(
    await crypto.subtle.deriveBits(
      { name, public: publicKey },
      privateKey,
      SHARED_BITS[crv] ?? 256,
    ),
  );
}

// --- PBES2 (RFC 7518 §4.8; RFC 8018 §6.2) ---------------------------------------------------------

export async function pbes2Key(
  password: Uint8Array,
  alg: string,
  p2s: Uint8Array,
  p2c: number,
  hash: string,
  bits: number,
): Promise<Uint8Array> {
  // §4.8.1.1: the salt is the algorithm's name, a zero byte, then p2s.
  const salt = concat(encodeUtf8(alg), new Uint8Array([0]), p2s);
  const base = await crypto.subtle.importKey('raw', buf(password), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', salt: buf(salt), iterations: p2c, hash },
      base,
      bits,
    ),
  );
}
