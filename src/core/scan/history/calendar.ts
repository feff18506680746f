/**
 * Calendar arithmetic on git timestamps (whole seconds since the Unix epoch, UTC). Pure: the caller
 * passes every instant in, nothing reads the clock.
 */

/** The earliest and latest instants a timestamp may hold (years 0001 and 9999), so dates always print. */
export const earliestTime = -62_135_596_800;
/** See {@link earliestTime}. */
export const latestTime = 253_402_300_799;

/** Seconds in a day. */
export const daySeconds = 86_400;

/** A git timestamp brought into the printable range; anything unreadable becomes the epoch. */
export function clampTime(seconds: number): number {
  if (!Number.isFinite(seconds)) return 0;
  return Math.min(latestTime, Math.max(earliestTime, Math.trunc(seconds)));
}

/** The instant as an ISO 8601 timestamp, e.g. "2024-03-01T12:00:00.000Z". */
export function isoTime(seconds: number): string {
  return new Date(clampTime(seconds) * 1000).toISOString();
}

/** The UTC month of the instant, "YYYY-MM". */
export function monthOf(seconds: number): string {
  return isoTime(seconds).slice(0, 7);
}

/** The UTC calendar year of the instant. */
export function yearOf(seconds: number): number {
  return new Date(clampTime(seconds) * 1000).getUTCFullYear();
}

/**
 * The instant twelve calendar months before `seconds` (same day and time of day, a year earlier; 29
 * February falls back to 1 March). "The last 12 months before t" is the interval (this, t].
 */
export function twelveMonthsBefore(seconds: number): number {
  const date = new Date(clampTime(seconds) * 1000);
  const earlier = Date.UTC(
    date.getUTCFullYear() - 1,
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  );
  return Math.floor(earlier / 1000);
}

/** Whole days from `from` to `to` (negative when `to` is earlier), rounded down. */
export function daysBetween(from: number, to: number): number {
  return Math.floor((to - from) / daySeconds);
}
