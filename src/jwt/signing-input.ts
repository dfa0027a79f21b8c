/** What a JWS signature covers, as bytes. */
import { encodeBase64urlAscii } from './base64url';
import { encodeUtf8 } from './utf8';

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The bytes a JWS signature covers: ASCII(header segment) '.' payload (RFC 7515 §5.1 step 5, RFC 7797 §3). */
export function signingInputBytes(
  headerSegment: string,
  payload: Uint8Array,
  b64: boolean,
): Uint8Array {
  const head = encodeUtf8(headerSegment + '.');
  return concat(head, b64 ? encodeBase64urlAscii(payload) : payload);
}
