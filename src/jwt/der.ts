/**
 * Just enough DER (ITU-T X.690 §8, §10) to find the key inside SPKI, PKCS#8, PKCS#1, SEC1 and X.509
 * structures, and to wrap PKCS#1 / SEC1 keys into SPKI / PKCS#8 so that WebCrypto can import them.
 * Only definite lengths and single-byte tags: that is all these key formats use, and DER forbids the
 * indefinite form (X.690 §10.1).
 */

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  SEQUENCE: 0x30,
  /** `[0]` constructed, context-specific (EXPLICIT [0] in X.509 and SEC1). */
  CONTEXT_0: 0xa0,
  /** `[1]` constructed, context-specific. */
  CONTEXT_1: 0xa1,
} as const;

/** A malformed DER structure; the message is a sentence a student can read. */
export class DerError extends Error {
  override name = 'DerError';
}

/** One tag-length-value element: where it starts, where its content starts, where it ends. */
export interface Tlv {
  tag: number;
  start: number;
  contentStart: number;
  end: number;
}

/** Reads the element that starts at `offset` and must end by `limit`. */
export function readTlv(bytes: Uint8Array, offset: number, limit = bytes.length): Tlv {
  if (offset >= limit) throw new DerError('the DER data ends where another element was expected.');
  const tag = bytes[offset]!;
  // High tag numbers (X.690 §8.1.2.4) never occur in key structures.
  if ((tag & 0x1f) === 0x1f)
    throw new DerError('the DER data uses a tag this reader does not know.');
  let pos = offset + 1;
  if (pos >= limit) throw new DerError('the DER data is cut short inside an element header.');
  const first = bytes[pos++]!;
  let length: number;
  if (first < 0x80) {
    length = first;
  } else if (first === 0x80) {
    throw new DerError('the data uses an indefinite length (BER), which DER does not allow.');
  } else {
    const count = first & 0x7f;
    if (count > 4) throw new DerError('a DER length is larger than any key could be.');
    if (pos + count > limit) throw new DerError('the DER data is cut short inside a length.');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[pos++]!;
  }
  const end = pos + length;
  if (end > limit) {
    throw new DerError('the DER data is cut short: an element claims more bytes than there are.');
  }
  return { tag, start: offset, contentStart: pos, end };
}

/** Reads a whole buffer as exactly one element (trailing bytes are an error). */
export function readRoot(bytes: Uint8Array): Tlv {
  const root = readTlv(bytes, 0);
  if (root.end !== bytes.length) {
    throw new DerError(`there are ${bytes.length - root.end} unexpected bytes after the DER data.`);
  }
  return root;
}

/** The elements directly inside a constructed element. */
export function children(bytes: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  let pos = parent.contentStart;
  while (pos < parent.end) {
    const child = readTlv(bytes, pos, parent.end);
    out.push(child);
    pos = child.end;
  }
  return out;
}

/** The content bytes of an element (a view, not a copy). */
export function contentOf(bytes: Uint8Array, tlv: Tlv): Uint8Array {
  return bytes.subarray(tlv.contentStart, tlv.end);
}

/** The whole encoding of an element, header included (a view, not a copy). */
export function encodingOf(bytes: Uint8Array, tlv: Tlv): Uint8Array {
  return bytes.subarray(tlv.start, tlv.end);
}

/** Throws unless the element has the expected tag. */
export function expectTag(tlv: Tlv | undefined, tag: number, what: string): Tlv {
  if (tlv === undefined) throw new DerError(`${what} is missing.`);
  if (tlv.tag !== tag) throw new DerError(`${what} has the wrong DER type.`);
  return tlv;
}

/** Decodes an OBJECT IDENTIFIER's content to dotted form (X.690 §8.19). */
export function decodeOid(content: Uint8Array): string {
  if (content.length === 0) throw new DerError('an object identifier is empty.');
  const arcs: number[] = [];
  let value = 0;
  for (let i = 0; i < content.length; i++) {
    const b = content[i]!;
    value = value * 128 + (b & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) {
      throw new DerError('an object identifier is too large.');
    }
    if ((b & 0x80) === 0) {
      arcs.push(value);
      value = 0;
    } else if (i === content.length - 1) {
      throw new DerError('an object identifier is cut short.');
    }
  }
  // The first sub-identifier packs the first two arcs as 40 * X + Y (X.690 §8.19.4).
  const head = arcs[0]!;
  const first = head < 80 ? Math.floor(head / 40) : 2;
  return [first, head - first * 40, ...arcs.slice(1)].join('.');
}

/** Encodes a dotted OBJECT IDENTIFIER to its content bytes. */
export function encodeOid(dotted: string): Uint8Array {
  const arcs = dotted.split('.').map(Number);
  const [a = 0, b = 0, ...rest] = arcs;
  const out: number[] = [];
  for (const arc of [a * 40 + b, ...rest]) {
    const groups = [arc & 0x7f];
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) {
      groups.unshift((v & 0x7f) | 0x80);
    }
    out.push(...groups);
  }
  return Uint8Array.from(out);
}

function encodeLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let v = length; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

/** Encodes one element from its tag and the concatenation of `parts`. */
export function encodeTlv(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const length = parts.reduce((n, p) => n + p.length, 0);
  const header = [tag, ...encodeLength(length)];
  const out = new Uint8Array(header.length + length);
  out.set(header, 0);
  let pos = header.length;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}
