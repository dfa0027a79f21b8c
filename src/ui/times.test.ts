import { describe, expect, it, vi } from 'vitest';
import { localDateTime, relativeTime } from './times';

describe('NumericDates as a student reads them', () => {
  it('a local date and time in each language, the same from the shared formatter each time', () => {
    const at = 1767225000;
    for (const lang of ['en', 'ko'] as const) {
      const want = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' });
      expect(localDateTime(lang, at)).toBe(want.format(at * 1000));
      expect(localDateTime(lang, at + 60)).toBe(want.format((at + 60) * 1000));
    }
    expect(localDateTime('en', at)).not.toBe(localDateTime('ko', at));
  });

  it('no date off the calendar or for a value that is not a number', () => {
    expect(localDateTime('en', 8.64e12 + 1)).toBeNull();
    expect(localDateTime('en', Number.NaN)).toBeNull();
    expect(localDateTime('en', Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('relative times in the unit that reads best, in each language', () => {
    expect(relativeTime('en', 240)).toBe('in 4 minutes');
    expect(relativeTime('en', -3 * 86400)).toBe('3 days ago');
    expect(relativeTime('ko', 240)).toBe('4분 후');
    expect(relativeTime('ko', -3 * 86400)).toBe('3일 전');
    expect(relativeTime('en', 30)).toBe('in 30 seconds');
  });

  it('formatters made ahead are the ones used: formatting then makes none', async () => {
    vi.resetModules();
    const times = await import('./times');
    const made = { dates: 0, relative: 0 };
    const { DateTimeFormat, RelativeTimeFormat } = Intl;
    // Counting wrappers: each call makes the real formatter.
    const intl = Intl as unknown as Record<string, unknown>;
    intl.DateTimeFormat = function (...args: ConstructorParameters<typeof DateTimeFormat>) {
      made.dates++;
      return new DateTimeFormat(...args);
    };
    intl.RelativeTimeFormat = function (...args: ConstructorParameters<typeof RelativeTimeFormat>) {
      made.relative++;
      return new RelativeTimeFormat(...args);
    };
    try {
      times.prepareFormatters('ko');
      expect(made).toEqual({ dates: 1, relative: 1 });
      const want = new DateTimeFormat('ko', { dateStyle: 'medium', timeStyle: 'medium' });
      expect(times.localDateTime('ko', 1767225000)).toBe(want.format(1767225000 * 1000));
      expect(times.relativeTime('ko', 240)).toBe('4분 후');
      expect(made).toEqual({ dates: 1, relative: 1 });
      // Another language gets its own.
      times.localDateTime('en', 0);
      expect(made).toEqual({ dates: 2, relative: 1 });
    } finally {
      intl.DateTimeFormat = DateTimeFormat;
      intl.RelativeTimeFormat = RelativeTimeFormat;
    }
  });
});
