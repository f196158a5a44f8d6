// The sample organisation's calendar: two years of weekly huddles that end just before `now`.
import type { Millis } from '../types';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;

/** How many weeks of history the sample covers (two years). */
export const SAMPLE_WEEKS = 104;
export const SAMPLE_SPAN: Millis = SAMPLE_WEEKS * WEEK;

/** Whole weeks between a moment and `now` (0 = the last seven days). */
export function weeksAgo(at: Millis, now: Millis): number {
  return Math.floor((now - at) / WEEK);
}

/**
 * Which quarter (13 weeks) of the two years a moment falls in: 0 = the oldest, 7 = the most
 * recent. Counted back from `now`, so the last quarter is always complete.
 */
export function sampleQuarter(at: Millis, now: Millis): number {
  const back = Math.floor((now - at) / (13 * WEEK));
  return Math.max(0, Math.min(7, 7 - back));
}

/** yyyy-mm-dd (UTC) for commitment due dates. */
export function isoDate(at: Millis): string {
  return new Date(at).toISOString().slice(0, 10);
}
