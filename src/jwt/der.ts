/**
 * Just enough DER (ITU-T X.690 §8, §10) to find the key inside SPKI, PKCS#8, PKCS#1, SEC1 and X.509
 * structures, and to wrap PKCS#1 / SEC1 keys into SPKI / PKCS#8 so that WebCrypto can import them.
 * Only definite lengths and single-byte tags: that is all these key formats use, and DER forbids the
 * indefinite form (X.690 §10.1).
 */
import type { DerPart, DerReason } from './key-reasons';

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

/** A malformed DER structure, with a typed reason (sentences: key-reasons.ts and the UI). */
export class DerError extends Error {
  override name = 'DerError';
  constructor(
    readonly reason: DerReason,
    readonly values: { part?: DerPart; count?: number } = {},
  ) {
    super(reason);
  }
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
  if (offset >= limit) throw new DerError('ends-early');
  const tag = bytes[offset]!;
  // High tag numbers (X.690 §8.1.2.4) never occur in key structures.
  if ((tag & 0x1f) === 0x1f) throw new DerError('tag-unknown');
  let pos = offset + 1;
  if (pos >= limit) throw new DerError('cut-in-header');
  const first = bytes[pos++]!;
  let length: number;
  if (first < 0x80) {
    length = first;
  } else if (first === 0x80) {
    throw new DerError('indefinite-length');
  } else {
    const count = first & 0x7f;
    if (count > 4) throw new DerError('length-too-large');
    if (pos + count > limit) throw new DerError('cut-in-length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[pos++]!;
  }
  const end = pos + length;
  if (end > limit) {
    throw new DerError('overrun');
  }
  return { tag, start: offset, contentStart: pos, end };
}

/** Reads a whole buffer as exactly one element (trailing bytes are an error). */
export function readRoot(bytes: Uint8Array): Tlv {
  const root = readTlv(bytes, 0);
  if (root.end !== bytes.length) {
    throw new DerError('trailing-bytes', { count: bytes.length - root.end });
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
export function expectTag(tlv: Tlv | undefined, tag: number, what: DerPart): Tlv {
  if (tlv === undefined) throw new DerError('part-missing', { part: what });
  if (tlv.tag !== tag) throw new DerError('part-wrong-type', { part: what });
  return tlv;
}

/** Decodes an OBJECT IDENTIFIER's content to dotted form (X.690 §8.19). */
export function decodeOid(content: Uint8Array): string {
  if (content.length === 0) throw new DerError('oid-empty');
  const arcs: number[] = [];
  let value = 0;
  for (let i = 0; i < content.length; i++) {
    const b = content[i]!;
    value = value * 128 + (b & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) {
      throw new DerError('oid-too-large');
    }
    if ((b & 0x80) === 0) {
      arcs.push(value);
      value = 0;
    } else if (i === content.length - 1) {
      throw new DerError('oid-cut');
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
