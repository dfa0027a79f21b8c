import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from './utf8';
import { utf8Length } from './utf8-length';

describe('utf8Length (RFC 3629)', () => {
  it('counts as TextEncoder encodes: ASCII, Hangul, astral, and lone surrogates as U+FFFD', () => {
    const samples = [
      '',
      'eyJhbGciOiJIUzI1NiJ9',
      'é',
      '학생',
      '😀',
      'a\uD800b',
      '\uDC00',
      '\uD800',
      '\uD83D\uDE00\uD83D',
    ];
    for (const s of samples) expect(utf8Length(s), JSON.stringify(s)).toBe(encodeUtf8(s).length);
  });

  it('agrees with TextEncoder on random strings of every kind of code unit', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const units = [
      0x41, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xffff,
    ];
    for (let k = 0; k < 500; k++) {
      let s = '';
      for (let i = rand(12); i > 0; i--) s += String.fromCharCode(units[rand(units.length)]!);
      expect(utf8Length(s), JSON.stringify(s)).toBe(encodeUtf8(s).length);
    }
  });
});
