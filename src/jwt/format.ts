/** Dates and durations in English, for the sentences of the claim codes and the claims pane. */

/** An ISO 8601 date for a NumericDate, or a note when it is out of range. */
export function numericDateToIso(value: number): string {
  const d = new Date(value * 1000);
  return Number.isNaN(d.getTime()) ? 'beyond any calendar date' : d.toISOString();
}

/** "4 min", "3 h", "2 days": a short English duration for the sentences. */
export function formatDuration(seconds: number): string {
  const s = Math.abs(seconds);
  if (s < 90) return `${Math.round(s)} s`;
  if (s < 90 * 60) return `${Math.round(s / 60)} min`;
  if (s < 48 * 3600) return `${Math.round(s / 3600)} h`;
  if (s < 730 * 86400) return `${Math.round(s / 86400)} days`;
  return `${Math.round(s / (365.25 * 86400))} years`;
}
