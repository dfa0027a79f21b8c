/**
 * Content decryption (RFC 7516 §5.2 steps 14-16) with the recovered key, and the "zip": "DEF"
 * inflation after it. No plaintext comes out unless the authentication tag matched: AES-GCM releases
 * nothing on a bad tag, and CBC-HS checks the HMAC before decrypting.
 */
import { encodeUtf8 } from '../utf8';
import type { JweEncInfo } from './algorithms';
import { diagnoseJwe } from './codes';
import { Refusal, type Parts } from './parts';
import { buf, cbcHsDecrypt, gcmDecrypt } from './primitives';

/** The plaintext, or a Refusal when the key has the wrong length or the tag does not match. */
export async function decryptContent(
  parts: Parts,
  enc: JweEncInfo,
  cek: Uint8Array,
): Promise<Uint8Array> {
  if (cek.length * 8 !== enc.keyBits) {
    throw new Refusal(
      diagnoseJwe('jwe-cek-length', 'encrypted-key', parts.places['encrypted-key'].span, {
        enc: enc.enc,
        expected: enc.keyBits,
        actual: cek.length * 8,
      }),
    );
  }
  // RFC 7516 §5.2 step 14: the AAD is the ASCII of the protected header exactly as received.
  const aad = encodeUtf8(parts.headerText);
  const plaintext =
    enc.family === 'GCM'
      ? await gcmDecrypt(cek, parts.iv, parts.ciphertext, parts.tag, aad)
      : await cbcHsDecrypt(cek, enc.hash!, parts.iv, parts.ciphertext, parts.tag, aad);
  if (!plaintext) throw new Refusal(diagnoseJwe('jwe-tag-mismatch', 'tag', parts.places.tag.span));
  return plaintext;
}

/** Inflates "zip": "DEF" content (RFC 1951), stopping at `max` bytes. */
export async function inflate(bytes: Uint8Array, max: number): Promise<Uint8Array | null> {
  try {
    const stream = new Blob([buf(bytes)])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'));
    const reader = stream.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > max) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  } catch {
    return null;
  }
}
