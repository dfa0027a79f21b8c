/**
 * Standard base64 (RFC 4648 §4), the way PEM bodies and some secrets are written; tokens never use
 * it. Only reading and making keys do, so it loads with them and not with the first paint.
 */
import { decodeBase64url, encodeBase64url } from './base64url';

/** Encodes bytes as padded standard base64. */
export function encodeBase64(bytes: Uint8Array): string {
  const url = encodeBase64url(bytes);
  return url.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (url.length % 4)) % 4);
}

/** Decodes standard base64 (padding optional, white space ignored), or null. */
export function decodeBase64(text: string): Uint8Array | null {
  const compact = text.replace(/\s+/g, '');
  const unpadded = compact.replace(/={1,2}$/, '');
  if (compact.length !== unpadded.length && compact.length % 4 !== 0) return null;
  if (!/^[A-Za-z0-9+/]*$/.test(unpadded)) return null;
  return decodeBase64url(unpadded.replace(/\+/g, '-').replace(/\//g, '_'));
}
