import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BASE64URL_ALPHABET,
  bytesToChars,
  canonicalLastChar,
  charsToBytes,
  decodeBase64url,
  decodeSegment,
  encodeBase64url,
  encodeBase64urlText,
  sextet,
} from './base64url';
import { decodeBase64, encodeBase64 } from './base64';
import type { DiagnosticCode, Severity } from './diagnostics';

const bytesOf = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('encoding and decoding', () => {
  it('round-trips any bytes through encodeBase64url and decodeSegment without diagnostics', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(1000), (bytes, offset) => {
        const text = encodeBase64url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(text.length % 4).not.toBe(1);
        const r = decodeSegment(text, offset, 'payload');
        expect(r.diagnostics).toEqual([]);
        expect(r.bytes).toEqual(bytes);
        expect(decodeBase64url(text)).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('encodes exactly as RFC 4648 §5 does (Node Buffer as the oracle) and never pads', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(encodeBase64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
        expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
      }),
    );
  });

  it('produces canonical text: the last character carries no stray bits', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(canonicalLastChar(encodeBase64url(bytes))).toBeNull();
      }),
    );
  });

  it('encodes text as its UTF-8 bytes (RFC 7515 §2: BASE64URL(UTF8(...)))', () => {
    expect(encodeBase64urlText('{"alg":"HS256"}')).toBe('eyJhbGciOiJIUzI1NiJ9');
    expect(encodeBase64urlText('한')).toBe(encodeBase64url(Uint8Array.of(0xed, 0x95, 0x9c)));
    expect(encodeBase64urlText('😀')).toBe(encodeBase64url(Uint8Array.of(0xf0, 0x9f, 0x98, 0x80)));
  });

  it('reads RFC 7515 App. C examples', () => {
    // RFC 7515 App. C: the octets [3, 236, 255, 224, 193] encode to "A-z_4ME".
    expect(encodeBase64url(Uint8Array.of(3, 236, 255, 224, 193))).toBe('A-z_4ME');
    expect(decodeBase64url('A-z_4ME')).toEqual(Uint8Array.of(3, 236, 255, 224, 193));
  });

  it('gives every alphabet character its 6-bit value and nothing else a value', () => {
    for (let i = 0; i < 64; i++) expect(sextet(BASE64URL_ALPHABET[i]!)).toBe(i);
    for (const ch of ['+', '/', '=', ' ', '\u0435', '\u00e9', '😀']) expect(sextet(ch)).toBeNull();
  });
});

interface BadSegment {
  name: string;
  text: string;
  code: DiagnosticCode;
  severity: Severity;
  /** Offsets in `text` the diagnostic points at. */
  at: [number, number];
  params?: Record<string, string | number>;
  /** Whether the bytes are still decoded (only for warnings). */
  decodes?: Uint8Array;
}

// "QUJD" is "ABC"; "QUI" is "AB"; "QQ" is "A".
const BAD: BadSegment[] = [
  { name: 'one "=" of padding', text: 'QUI=', code: 'b64-padding', severity: 'error', at: [3, 4] },
  { name: 'two "=" of padding', text: 'QQ==', code: 'b64-padding', severity: 'error', at: [2, 4] },
  {
    name: '"=" inside the text',
    text: 'QU=JD',
    code: 'b64-padding',
    severity: 'error',
    at: [2, 3],
  },
  {
    name: 'standard "+"',
    text: 'QUJ+',
    code: 'b64-standard-alphabet',
    severity: 'error',
    at: [3, 4],
    params: { char: '+' },
  },
  {
    name: 'standard "/"',
    text: 'Q/JD',
    code: 'b64-standard-alphabet',
    severity: 'error',
    at: [1, 2],
    params: { char: '/' },
  },
  { name: 'a space', text: 'QU JD', code: 'b64-whitespace', severity: 'error', at: [2, 3] },
  {
    name: 'a line break',
    text: 'QUJD\r\nQUJD',
    code: 'b64-whitespace',
    severity: 'error',
    at: [4, 6],
  },
  { name: 'a tab', text: '\tQUJD', code: 'b64-whitespace', severity: 'error', at: [0, 1] },
  {
    name: 'the homoglyph U+0435 (Cyrillic е)',
    text: 'QUJ\u0435',
    code: 'b64-invalid-char',
    severity: 'error',
    at: [3, 4],
    params: { char: '\u0435', codepoint: 'U+0435' },
  },
  {
    name: 'an emoji (one code point, two UTF-16 units)',
    text: 'QU😀JD',
    code: 'b64-invalid-char',
    severity: 'error',
    at: [2, 4],
    params: { char: '😀', codepoint: 'U+1F600' },
  },
  {
    name: 'a dollar sign',
    text: '$.02',
    code: 'b64-invalid-char',
    severity: 'error',
    at: [0, 1],
    params: { char: '$', codepoint: 'U+0024' },
  },
  {
    name: 'length 5 (1 mod 4)',
    text: 'QUJDR',
    code: 'b64-impossible-length',
    severity: 'error',
    at: [0, 5],
    params: { length: 5 },
  },
  {
    name: 'length 1',
    text: 'Q',
    code: 'b64-impossible-length',
    severity: 'error',
    at: [0, 1],
    params: { length: 1 },
  },
  {
    name: 'non-canonical 3-char ending "J" (canonical "I")',
    text: 'QUJ',
    code: 'b64-noncanonical',
    severity: 'warning',
    at: [2, 3],
    params: { char: 'J', canonical: 'I' },
    decodes: bytesOf('AB'),
  },
  {
    name: 'non-canonical 2-char ending "R" (canonical "Q")',
    text: 'QR',
    code: 'b64-noncanonical',
    severity: 'warning',
    at: [1, 2],
    params: { char: 'R', canonical: 'Q' },
    decodes: bytesOf('A'),
  },
  {
    name: 'non-canonical ending "_" (canonical "w")',
    text: 'Q_',
    code: 'b64-noncanonical',
    severity: 'warning',
    at: [1, 2],
    params: { char: '_', canonical: 'w' },
    decodes: bytesOf('C'),
  },
];

describe('decodeSegment rejects what is not strict base64url (RFC 7515 §2)', () => {
  const OFFSET = 37;
  it.each(BAD)('$name → $code', ({ text, code, severity, at, params, decodes }) => {
    const r = decodeSegment(text, OFFSET, 'signature');
    const d = r.diagnostics.find((x) => x.code === code);
    expect(d, JSON.stringify(r.diagnostics.map((x) => x.code))).toBeDefined();
    expect(d!.severity).toBe(severity);
    expect(d!.part).toBe('signature');
    // Spans are offsets in the user's input: the segment's offset plus the position inside it.
    expect(d!.span).toEqual({ start: OFFSET + at[0], end: OFFSET + at[1] });
    if (params) expect(d!.params).toMatchObject(params);
    if (severity === 'error') {
      expect(r.bytes).toBeNull();
      expect(decodeBase64url(text)).toBeNull();
    } else {
      expect(r.bytes).toEqual(decodes);
      expect(decodeBase64url(text)).toEqual(decodes);
    }
    // The warning names the canonical form, which decodes to the same bytes.
    if (code === 'b64-noncanonical') {
      const fixed = text.slice(0, -1) + String(params!.canonical);
      expect(decodeSegment(fixed, 0, 'payload').diagnostics).toEqual([]);
      expect(decodeBase64url(fixed)).toEqual(decodes);
    }
  });

  it('reports a run of padding or white space once, and each bad character separately', () => {
    const r = decodeSegment('QU  JD+/', 0, 'payload');
    expect(r.diagnostics.map((d) => [d.code, d.span])).toEqual([
      ['b64-whitespace', { start: 2, end: 4 }],
      ['b64-standard-alphabet', { start: 6, end: 7 }],
      ['b64-standard-alphabet', { start: 7, end: 8 }],
    ]);
  });

  it('reports a bad character and an impossible length together', () => {
    const codes = decodeSegment('QUJD+', 0, 'header').diagnostics.map((d) => d.code);
    expect(codes).toEqual(['b64-standard-alphabet', 'b64-impossible-length']);
  });

  it('decodes the empty segment to zero bytes without complaint', () => {
    const r = decodeSegment('', 5, 'payload');
    expect(r.bytes).toEqual(new Uint8Array());
    expect(r.diagnostics).toEqual([]);
  });

  it('flags every non-canonical ending with a warning that names the canonical character', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 40 }).filter((b) => b.length % 3 !== 0),
        fc.integer({ min: 1, max: 15 }),
        (bytes, noise) => {
          const text = encodeBase64url(bytes);
          const unused = (text.length * 6) % 8; // 2 or 4 bits
          const last = sextet(text[text.length - 1]!)!;
          const stray = noise & ((1 << unused) - 1);
          fc.pre(stray !== 0);
          const noisy = text.slice(0, -1) + BASE64URL_ALPHABET[last | stray]!;
          const r = decodeSegment(noisy, 0, 'signature');
          expect(r.bytes).toEqual(bytes);
          expect(r.diagnostics).toHaveLength(1);
          expect(r.diagnostics[0]).toMatchObject({
            code: 'b64-noncanonical',
            severity: 'warning',
            params: { canonical: text[text.length - 1] },
          });
        },
      ),
    );
  });

  it('rejects anything outside the alphabet, wherever it is', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        (base, ch) => {
          fc.pre(!/^[A-Za-z0-9_-]$/.test(ch));
          const text = encodeBase64urlText(base) + ch;
          const r = decodeSegment(text, 0, 'payload');
          expect(r.bytes).toBeNull();
          expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        },
      ),
    );
  });
});

// Reference: the bytes whose bits [8b, 8b+8) meet the characters' bits [6c0, 6c1), and vice versa.
function refCharsToBytes(c0: number, c1: number, totalBytes: number): [number, number] {
  const hit: number[] = [];
  for (let b = 0; b < totalBytes; b++) if (8 * b < 6 * c1 && 6 * c0 < 8 * b + 8) hit.push(b);
  return hit.length ? [hit[0]!, hit[hit.length - 1]! + 1] : [-1, -1];
}
function refBytesToChars(b0: number, b1: number, totalChars: number): [number, number] {
  const hit: number[] = [];
  for (let c = 0; c < totalChars; c++) if (6 * c < 8 * b1 && 8 * b0 < 6 * c + 6) hit.push(c);
  return hit.length ? [hit[0]!, hit[hit.length - 1]! + 1] : [-1, -1];
}

describe('position mapping between characters and bytes', () => {
  const rangeIn = (n: number) =>
    fc
      .tuple(fc.nat(n), fc.nat(n))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number])
      .filter(([a, b]) => a < b);

  it('bytesToChars gives exactly the characters that carry bits of those bytes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }).chain((n) => fc.tuple(fc.constant(n), rangeIn(n))),
        ([n, [b0, b1]]) => {
          const totalChars = encodeBase64url(new Uint8Array(n)).length;
          expect(bytesToChars(b0, b1, totalChars)).toEqual(refBytesToChars(b0, b1, totalChars));
        },
      ),
    );
  });

  it('charsToBytes gives exactly the bytes those characters carry bits of', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }).chain((n) => {
          const chars = encodeBase64url(new Uint8Array(n)).length;
          return fc.tuple(fc.constant(n), rangeIn(chars));
        }),
        ([n, [c0, c1]]) => {
          const expected = refCharsToBytes(c0, c1, n);
          fc.pre(expected[0] >= 0); // a lone last character may carry only padding bits
          expect(charsToBytes(c0, c1, n)).toEqual(expected);
        },
      ),
    );
  });

  it('maps back and forth to a covering range (bytes → chars → bytes ⊇ bytes)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }).chain((n) => fc.tuple(fc.constant(n), rangeIn(n))),
        ([n, [b0, b1]]) => {
          const totalChars = encodeBase64url(new Uint8Array(n)).length;
          const [c0, c1] = bytesToChars(b0, b1, totalChars);
          const [x0, x1] = charsToBytes(c0, c1, n);
          expect(x0).toBeLessThanOrEqual(b0);
          expect(x1).toBeGreaterThanOrEqual(b1);
          // And not by more than the one byte that shares a boundary character on each side.
          expect(b0 - x0).toBeLessThanOrEqual(1);
          expect(x1 - b1).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('changing characters outside bytesToChars(range) leaves those bytes untouched', () => {
    fc.assert(
      fc.property(
        fc
          .uint8Array({ minLength: 1, maxLength: 60 })
          .chain((bytes) => fc.tuple(fc.constant(bytes), rangeIn(bytes.length), fc.nat())),
        ([bytes, [b0, b1], seed]) => {
          const text = encodeBase64url(bytes);
          const [c0, c1] = bytesToChars(b0, b1, text.length);
          const outside = [...text].map((_, i) => i).filter((i) => i < c0 || i >= c1);
          fc.pre(outside.length > 0);
          const i = outside[seed % outside.length]!;
          const changed =
            text.slice(0, i) +
            BASE64URL_ALPHABET[(sextet(text[i]!)! + 1 + (seed % 63)) % 64]! +
            text.slice(i + 1);
          const decoded = decodeBase64url(changed)!;
          expect(decoded.slice(b0, b1)).toEqual(bytes.slice(b0, b1));
        },
      ),
    );
  });
});
