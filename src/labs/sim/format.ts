/** Small display helpers for the simulation page. */

/** Joins a number to its unit with a no-break space, so a narrow screen never splits them. */
export const NBSP = '\u00a0';

/** 1234 → "1.2 KB" (decimal units, as network sizes are usually given). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes}${NBSP}B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)}${NBSP}KB`;
  return `${(bytes / 1_000_000).toFixed(1)}${NBSP}MB`;
}

/** A long value cut for a box in the diagram; the full text is in the HTTP messages. */
export function shorten(text: string, max = 18): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The HTTP text for display: CRLF shown as a line break. */
export function displayHttp(text: string): string {
  return text.replace(/\r\n/g, '\n');
}
