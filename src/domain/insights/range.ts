// The page's time controls: a calendar period to bucket by and a range counted back from now.
import { periodAxis, periodStart } from '../themes/periods';
import type { Period } from '../themes/types';
import type { Millis } from '../types';
import type { PeriodSlot } from './types';

export const PERIODS: readonly Period[] = ['week', 'month', 'quarter'];
export const RANGES = ['3m', '6m', '12m', 'all'] as const;
export type Range = (typeof RANGES)[number];

const RANGE_MONTHS: Record<Exclude<Range, 'all'>, number> = { '3m': 3, '6m': 6, '12m': 12 };

export function isPeriod(value: string | null): value is Period {
  return value !== null && (PERIODS as readonly string[]).includes(value);
}

export function isRange(value: string | null): value is Range {
  return value !== null && (RANGES as readonly string[]).includes(value);
}

/**
 * Where the range starts: the same calendar day N months back, moved to the start of its period
 * so the first bucket is whole (a half month would look like a drop). Undefined for "all".
 */
export function rangeStart(range: Range, period: Period, now: Millis): Millis | undefined {
  if (range === 'all') return undefined;
  const d = new Date(now);
  const back = new Date(d.getFullYear(), d.getMonth() - RANGE_MONTHS[range], d.getDate());
  return periodStart(back.getTime(), period);
}

/** The periods from `from` to `to`, oldest first. */
export function periodSlots(from: Millis, to: Millis, period: Period): PeriodSlot[] {
  const axis = periodAxis(from, to, period);
  return axis.starts.map((start, i) => ({ start, label: axis.labels[i] ?? '' }));
}

/**
 * The range ends with today: an answer saved later today still falls inside it, so the numbers
 * asked for at the start of the day do not go stale until midnight.
 */
export function endOfDay(now: Millis): Millis {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - 1;
}
