// Calendar periods in local time: weeks start on Monday (ISO 8601), months and quarters on the
// first of the month. Built with Date's local fields so daylight-saving changes never shift a
// boundary. Labels are fixed English strings, not Intl, so they are the same on every device.
import type { Millis } from '../types';
import type { Period } from './types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;

/** Never more periods than this (ten years of weeks): a range "from 1970" starts at the data. */
export const MAX_PERIODS = 520;

export function periodStart(time: Millis, period: Period): Millis {
  const d = new Date(time);
  if (period === 'week') {
    const sinceMonday = (d.getDay() + 6) % 7;
    return new Date(d.getFullYear(), d.getMonth(), d.getDate() - sinceMonday).getTime();
  }
  const month = period === 'month' ? d.getMonth() : d.getMonth() - (d.getMonth() % 3);
  return new Date(d.getFullYear(), month, 1).getTime();
}

export function nextPeriodStart(start: Millis, period: Period): Millis {
  const d = new Date(start);
  if (period === 'week') return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 7).getTime();
  const months = period === 'month' ? 1 : 3;
  return new Date(d.getFullYear(), d.getMonth() + months, 1).getTime();
}

/** ISO week label of the week starting on this Monday: "2026-W05". */
function isoWeekLabel(monday: Date): string {
  const thursday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 3);
  const year = thursday.getFullYear();
  const jan4 = new Date(year, 0, 4);
  const weekOne = new Date(year, 0, 4 - ((jan4.getDay() + 6) % 7));
  // Rounded: a daylight-saving change makes a week 1 hour shorter or longer.
  const week = Math.round((monday.getTime() - weekOne.getTime()) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function periodLabel(start: Millis, period: Period): string {
  const d = new Date(start);
  if (period === 'week') return isoWeekLabel(d);
  if (period === 'month') return `${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
  return `Q${Math.floor(d.getMonth() / 3) + 1} ${d.getFullYear()}`;
}

export interface PeriodAxis {
  starts: Millis[];
  labels: string[];
}

/** Every period from the one holding `from` to the one holding `to`, oldest first. */
export function periodAxis(from: Millis, to: Millis, period: Period): PeriodAxis {
  const starts: Millis[] = [];
  const labels: string[] = [];
  if (to < from) return { starts, labels };
  for (let s = periodStart(from, period); s <= to; s = nextPeriodStart(s, period)) {
    starts.push(s);
    labels.push(periodLabel(s, period));
    if (starts.length > MAX_PERIODS * 4) break;
  }
  return { starts, labels };
}

/** Index of the period holding `time` (binary search); -1 before the first. */
export function periodIndex(starts: readonly Millis[], time: Millis): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? Number.POSITIVE_INFINITY) <= time) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
