/**
 * Shared secrets (RFC 7518 §3.2): text in one of four encodings, or raw bytes, as a KeyEntry. The
 * decoding itself is light and loads with the page (secrets.ts).
 */
import { encodeBase64url } from '../base64url';
import { decodeSecret, type KeyEntry, type KeyInput, type ParsedKey } from '../secrets';
import { fail, finish } from './errors';

export function secretEntry(bytes: Uint8Array): KeyEntry {
  return {
    kind: 'secret',
    kty: 'oct',
    bits: bytes.length * 8,
    jwk: { kty: 'oct', k: encodeBase64url(bytes) },
    publicJwk: null,
    secret: bytes,
  };
}

/** Reads a secret typed in an encoding, or raw bytes (copied: the caller may reuse its buffer). */
export function parseSecret(input: Extract<KeyInput, { type: 'secret' | 'bytes' }>): ParsedKey {
  if (input.type === 'bytes')
    return finish('secret', [secretEntry(Uint8Array.from(input.bytes))], []);
  const decoded = decodeSecret(input.text, input.encoding);
  if ('error' in decoded) return fail('secret', decoded.error, decoded.values);
  return finish('secret', [secretEntry(decoded.bytes)], []);
}
