/**
 * UTF-8 decoding that refuses invalid bytes (RFC 8725 §3.7), and the mapping between UTF-16 offsets in
 * decoded text and byte offsets in its UTF-8 encoding, so a JSON member can be traced to its bytes.
 */

// ignoreBOM keeps a leading EF BB BF in the text, so the JSON parser sees it and it can be reported.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

export type Utf8Result = { ok: true; text: string } | { ok: false; byte: number };

/** Decodes UTF-8 strictly; on failure reports the offset of the first invalid byte. */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    return { ok: false, byte: firstInvalidByte(bytes) };
  }
}

export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The offset of the first byte that starts an invalid UTF-8 sequence (RFC 3629 §4). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** UTF-8 length of one UTF-16 code unit position (surrogate pairs count 4 at the high half). */
function unitBytes(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 4;
    return 3;
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const p = text.charCodeAt(i - 1);
    if (p >= 0xd800 && p <= 0xdbff) return 0;
  }
  return 3;
}

/** Maps UTF-16 offsets in `text` to UTF-8 byte offsets (offsets given in any order). */
export function textOffsetsToBytes(text: string, offsets: number[]): number[] {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const result = new Map<number, number>();
  let bytes = 0;
  let i = 0;
  for (const target of sorted) {
    const end = Math.min(target, text.length);
    for (; i < end; i++) bytes += unitBytes(text, i);
    result.set(target, bytes);
  }
  return offsets.map((o) => result.get(o)!);
}

/** Maps a UTF-8 byte offset back to the UTF-16 offset of the character it falls in. */
export function byteOffsetToText(text: string, byteOffset: number, roundUp = false): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const n = unitBytes(text, i);
    if (n === 0) continue;
    if (bytes + n > byteOffset) {
      if (!roundUp || bytes === byteOffset) return i;
      return i + (n === 4 ? 2 : 1);
    }
    bytes += n;
  }
  return text.length;
}
