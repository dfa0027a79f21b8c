import { describe, expect, it } from 'vitest';
import { COLLAPSE_AT, COLLAPSE_LINES, COLLAPSE_PARTS, folds, occurrences } from './paint';

const token = { chars: COLLAPSE_AT, parts: COLLAPSE_PARTS };

describe('folds: when an editor shows a text by its ends', () => {
  it('folds a text over its length limit, whatever it is made of', () => {
    expect(folds('x'.repeat(COLLAPSE_AT + 1), token)).toBe('chars');
    expect(folds('x'.repeat(COLLAPSE_AT), token)).toBeNull();
    expect(folds('x'.repeat(300_001), { chars: 300_000 })).toBe('chars');
  });

  it('folds a long text of more than COLLAPSE_LINES lines', () => {
    const lines = (n: number) => 'abcdefghijklmnop\n'.repeat(n - 1) + 'end';
    expect(folds(lines(COLLAPSE_LINES + 1), token)).toBe('lines');
    expect(folds(lines(COLLAPSE_LINES), token)).toBeNull();
    expect(folds(lines(COLLAPSE_LINES + 1), { chars: COLLAPSE_AT })).toBe('lines');
  });

  it('folds a long text of more parts than the limit only where parts are limited', () => {
    const parts = (n: number) => 'abcdefghijklmnopqrstu.'.repeat(n - 1) + 'end';
    expect(folds(parts(COLLAPSE_PARTS + 1), token)).toBe('parts');
    expect(folds(parts(COLLAPSE_PARTS), token)).toBeNull();
    // A decoded JSON or a key may have any number of dots.
    expect(folds(parts(COLLAPSE_PARTS + 1), { chars: COLLAPSE_AT })).toBeNull();
  });

  it('never folds a short text, however many lines or parts it has', () => {
    expect(folds('.'.repeat(20_000), token)).toBeNull();
    expect(folds('\n'.repeat(20_000), token)).toBeNull();
    expect(folds('.'.repeat(20_001), token)).toBe('parts');
  });
});

describe('occurrences', () => {
  it('counts a character as split would (its pieces less one), up to a limit when given', () => {
    for (const text of ['', '.', 'a.b', '..a..', 'abc', '.'.repeat(1000)])
      expect(occurrences(text, '.')).toBe(text.split('.').length - 1);
    expect(occurrences('a\nb\n', '\n')).toBe(2);
    expect(occurrences('.'.repeat(1000), '.', 10)).toBe(10);
    expect(occurrences('a.b', '.', 10)).toBe(1);
  });
});
