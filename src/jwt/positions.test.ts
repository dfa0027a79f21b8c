import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBase64url, encodeBase64urlText } from './base64url';
import type { Span } from './diagnostics';
import { inspect, type Inspection } from './inspect';
import { inputSpanToJson, jsonSpanToInput, textSpanToBytes } from './positions';

const b64 = encodeBase64urlText;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The bytes a range of a segment's characters decodes to, widened to whole 4-character groups. */
function decodeCovering(
  segment: string,
  c0: number,
  c1: number,
): { bytes: Uint8Array; firstByte: number } {
  const a0 = Math.floor(c0 / 4) * 4;
  const a1 = Math.min(segment.length, Math.ceil(c1 / 4) * 4);
  return { bytes: decodeBase64url(segment.slice(a0, a1))!, firstByte: (a0 / 4) * 3 };
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): boolean {
  if (from < 0 || from + needle.length > haystack.length) return false;
  return needle.every((b, i) => haystack[from + i] === b);
}

/**
 * For every top-level member of a part: the token characters jsonSpanToInput names decode to bytes
 * that contain the member's UTF-8 bytes, and inputSpanToJson maps them back to a span containing it.
 */
function checkMembers(r: Inspection, part: 'header' | 'payload'): number {
  const seg = r.segments[part === 'header' ? 0 : 1]!;
  const json = part === 'header' ? r.header! : r.payload!.json!;
  let checked = 0;
  for (const m of json.members.filter((x) => x.depth === 0)) {
    const range = jsonSpanToInput(r, part, m.span);
    expect(range, m.name).not.toBeNull();
    // The range lies inside the segment, in input offsets.
    expect(range!.start).toBeGreaterThanOrEqual(seg.span.start);
    expect(range!.end).toBeLessThanOrEqual(seg.span.end);
    const memberBytes = utf8(json.text.slice(m.span.start, m.span.end));
    const byteStart = utf8(json.text.slice(0, m.span.start)).length;
    const { bytes, firstByte } = decodeCovering(
      seg.text,
      range!.start - seg.span.start,
      range!.end - seg.span.start,
    );
    expect(indexOfBytes(bytes, memberBytes, byteStart - firstByte), m.name).toBe(true);
    // The range is tight: at most one character before and after the member's bits.
    const c0 = range!.start - seg.span.start;
    const c1 = range!.end - seg.span.start;
    expect(Math.floor((byteStart * 8) / 6)).toBe(c0);
    expect(Math.min(seg.text.length, Math.ceil(((byteStart + memberBytes.length) * 8) / 6))).toBe(
      c1,
    );

    const back = inputSpanToJson(r, range!);
    expect(back?.part).toBe(part);
    expect(back!.span.start).toBeLessThanOrEqual(m.span.start);
    expect(back!.span.end).toBeGreaterThanOrEqual(m.span.end);
    // Widened by at most the characters sharing a boundary byte (a code point is at most 2 units).
    expect(m.span.start - back!.span.start).toBeLessThanOrEqual(2);
    expect(back!.span.end - m.span.end).toBeLessThanOrEqual(2);
    checked++;
  }
  return checked;
}

const PAYLOADS: [string, string][] = [
  ['ASCII', '{"sub":"1234567890","name":"John Doe","admin":true,"iat":1516239022}'],
  ['Korean (3-byte UTF-8)', '{"name":"김민준","city":"서울특별시","n":1}'],
  ['emoji (surrogate pairs, 4-byte UTF-8)', '{"mood":"😀😀","flag":"🇰🇷","x":"a😀b","z":0}'],
  [
    'CRLF and indentation (RFC 7515 A.1)',
    '{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}',
  ],
  ['escapes', '{"q":"\\"quoted\\"","u":"\\u00e9\\ud83d\\ude00","n":null}'],
  ['nested values', '{"a":{"b":[1,{"c":"한"}]},"d":[],"e":{}}'],
];

describe('jsonSpanToInput and inputSpanToJson agree for every member', () => {
  it.each(PAYLOADS)('%s payload', (_name, payload) => {
    const token = `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64(payload)}.c2ln`;
    for (const input of [token, `Bearer ${token}`, `  "${token}"\n`]) {
      const r = inspect(input);
      expect(r.payload?.kind).toBe('json');
      expect(checkMembers(r, 'payload')).toBe(Object.keys(JSON.parse(payload) as object).length);
      expect(checkMembers(r, 'header')).toBe(2);
    }
  });

  it('maps the RFC 7515 A.1 header with its CRLF', () => {
    const header = '{"typ":"JWT",\r\n "alg":"HS256"}';
    const r = inspect(`${b64(header)}.${b64('{"iss":"joe"}')}.c2ln`);
    expect(r.segments[0]!.text).toBe('eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9');
    expect(checkMembers(r, 'header')).toBe(2);
  });

  it('maps an RFC 7797 unencoded payload character for character', () => {
    const header = b64('{"alg":"HS256","b64":false,"crit":["b64"]}');
    const r = inspect(`${header}.{"a":1,"bc":"d"}.c2ln`, { supportB64: true });
    const m = r.payload!.json!.members[1]!;
    const range = jsonSpanToInput(r, 'payload', m.span)!;
    expect(r.input.slice(range.start, range.end)).toBe('"bc":"d"');
    expect(inputSpanToJson(r, range)).toEqual({ part: 'payload', span: m.span });
  });

  it('maps a caret (empty span) inside a segment to the character under it', () => {
    const token = `${b64('{"alg":"HS256"}')}.${b64('{"name":"김"}')}.c2ln`;
    const r = inspect(token);
    const seg = r.segments[1]!;
    for (let i = seg.span.start; i < seg.span.end; i++) {
      const back = inputSpanToJson(r, { start: i, end: i });
      expect(back?.part).toBe('payload');
      expect(back!.span.end).toBeGreaterThan(back!.span.start);
    }
  });

  it('maps nothing outside header and payload', () => {
    const token = `${b64('{"alg":"HS256"}')}.${b64('{"a":1}')}.c2lnbmF0dXJl`;
    const r = inspect(`Bearer ${token}`);
    expect(inputSpanToJson(r, { start: 0, end: 6 })).toBeNull();
    const sig = r.segments[2]!.span;
    expect(inputSpanToJson(r, sig)).toBeNull();
  });

  it('gives textSpanToBytes the UTF-8 byte offsets', () => {
    const text = 'a한😀b';
    expect(textSpanToBytes(text, { start: 0, end: 1 })).toEqual({ start: 0, end: 1 });
    expect(textSpanToBytes(text, { start: 1, end: 2 })).toEqual({ start: 1, end: 4 });
    expect(textSpanToBytes(text, { start: 2, end: 4 })).toEqual({ start: 4, end: 8 });
    expect(textSpanToBytes(text, { start: 4, end: 5 })).toEqual({ start: 8, end: 9 });
  });

  it('returns null for a part that did not decode', () => {
    const r = inspect(`${b64('{"alg":"HS256"}')}.not+base64.c2ln`);
    const span: Span = { start: 0, end: 3 };
    expect(jsonSpanToInput(r, 'payload', span)).toBeNull();
  });
});

describe('positions over random claims sets', () => {
  const key = fc.string({ unit: 'binary', minLength: 1, maxLength: 8 });
  const objectArb = fc.dictionary(key, fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 8 });
  it('every top-level member round-trips through the token characters', () => {
    fc.assert(
      fc.property(objectArb, fc.constantFrom(undefined, 1, '\t', '\r\n '), (obj, indent) => {
        const payload = JSON.stringify(obj, null, indent);
        const token = `${b64('{"alg":"ES256"}')}.${b64(payload)}.c2ln`;
        const r = inspect(token);
        fc.pre(r.payload?.kind === 'json' && r.payload.json !== null);
        // Keys JSON.stringify writes once each (a "__proto__" key is an own property here).
        expect(checkMembers(r, 'payload')).toBe(Object.keys(obj).length);
      }),
      { numRuns: 300 },
    );
  });
});
