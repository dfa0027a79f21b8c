/**
 * NumericDates (RFC 7519 §2) as a student reads them: a local date and time, and a time relative to
 * now, in the UI language.
 */
import type { Lang } from '../i18n/i18n';

// Above this a NumericDate is almost surely milliseconds; JavaScript dates end at ±8.64e12 s.
const MAX_DATE = 8.64e12;

/**
 * One formatter per language and kind, made once: making one costs far more than formatting with it,
 * and the clock formats every second while the claims render with each edit.
 */
const dateTimes = new Map<Lang, Intl.DateTimeFormat>();
const relatives = new Map<Lang, Intl.RelativeTimeFormat>();

/**
 * Makes a language's formatters ahead of their first use. The first date formatter a page makes
 * loads the browser's calendar and time-zone data: some 60–120 ms here, which the app's first render
 * paid while the page sat idle waiting for its chunks just before.
 */
export function prepareFormatters(lang: Lang): void {
  localDateTime(lang, 0);
  relativeTime(lang, 0);
}

/** A NumericDate as a local date and time in the UI language, or null when it is off the calendar. */
export function localDateTime(lang: Lang, seconds: number): string | null {
  if (!Number.isFinite(seconds) || Math.abs(seconds) > MAX_DATE) return null;
  let format = dateTimes.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' });
    dateTimes.set(lang, format);
  }
  return format.format(seconds * 1000);
}

/** "in 4 minutes", "3 days ago", "4분 후", "3일 전". */
export function relativeTime(lang: Lang, seconds: number): string {
  const abs = Math.abs(seconds);
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    abs < 60
      ? [seconds, 'second']
      : abs < 3600
        ? [seconds / 60, 'minute']
        : abs < 86400
          ? [seconds / 3600, 'hour']
          : abs < 30 * 86400
            ? [seconds / 86400, 'day']
            : abs < 365 * 86400
              ? [seconds / (30 * 86400), 'month']
              : [seconds / (365.25 * 86400), 'year'];
  let format = relatives.get(lang);
  if (!format) {
    format = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
    relatives.set(lang, format);
  }
  return format.format(Math.round(value), unit);
}
