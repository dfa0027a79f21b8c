/**
 * Position mapping in both directions between the decoded JSON text of a part, its UTF-8 bytes and the
 * base64url characters of the token, so the UI can say "these characters of the token encode this claim".
 */
import { bytesToChars, charsToBytes } from './base64url';
import type { Span } from './diagnostics';
import type { Inspection, Segment } from './inspect';
import { byteOffsetToText, textOffsetsToBytes } from './utf8';

export interface PartRange {
  part: 'header' | 'payload';
  /** Offsets in the decoded text of that part. */
  span: Span;
}

function segmentFor(inspection: Inspection, part: 'header' | 'payload'): Segment | undefined {
  if (inspection.kind !== 'jws') return undefined;
  return inspection.segments[part === 'header' ? 0 : 1];
}

function partText(inspection: Inspection, part: 'header' | 'payload'): string | null {
  return part === 'header' ? (inspection.header?.text ?? null) : (inspection.payload?.text ?? null);
}

/** The UTF-8 byte range of a span of decoded text. */
export function textSpanToBytes(text: string, span: Span): Span {
  const [start, end] = textOffsetsToBytes(text, [span.start, span.end]) as [number, number];
  return { start, end };
}

/** The input characters (token text) that encode a span of a part's decoded text. */
export function jsonSpanToInput(
  inspection: Inspection,
  part: 'header' | 'payload',
  span: Span,
): Span | null {
  const seg = segmentFor(inspection, part);
  const text = partText(inspection, part);
  if (!seg || !seg.bytes || text === null) return null;
  const bytes = textSpanToBytes(text, span);
  if (part === 'payload' && inspection.payload?.unencoded) {
    return { start: seg.span.start + bytes.start, end: seg.span.start + bytes.end };
  }
  const [c0, c1] = bytesToChars(bytes.start, bytes.end, seg.text.length);
  return { start: seg.span.start + c0, end: seg.span.start + c1 };
}

/** The decoded text that a span of the input (token characters) encodes, if it falls in header or payload. */
export function inputSpanToJson(inspection: Inspection, span: Span): PartRange | null {
  for (const part of ['header', 'payload'] as const) {
    const seg = segmentFor(inspection, part);
    const text = partText(inspection, part);
    if (!seg || !seg.bytes || text === null) continue;
    const start = Math.max(span.start, seg.span.start);
    const end = Math.min(span.end, seg.span.end);
    if (start >= end && !(span.start === span.end && start === end && start < seg.span.end)) {
      continue;
    }
    const c0 = start - seg.span.start;
    const c1 = Math.max(end - seg.span.start, c0 + 1);
    const unencoded = part === 'payload' && inspection.payload?.unencoded;
    const [b0, b1] = unencoded ? [c0, c1] : charsToBytes(c0, c1, seg.bytes.length);
    return {
      part,
      span: { start: byteOffsetToText(text, b0), end: byteOffsetToText(text, b1, true) },
    };
  }
  return null;
}
