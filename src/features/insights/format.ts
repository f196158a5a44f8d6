// Words and numbers of the Insights page. Every colour on the page repeats something said here.

import type { Range } from '../../domain/insights/range';
import type { Change, PeriodSlot } from '../../domain/insights/types';
import type { Period, ThemeTrend } from '../../domain/themes/types';
import type { CommitmentStatus } from '../../domain/types';

export const PERIOD_LABELS: Record<Period, string> = {
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
};

export const PERIOD_NOUNS: Record<Period, string> = {
  week: 'week',
  month: 'month',
  quarter: 'quarter',
};

export const RANGE_LABELS: Record<Range, string> = {
  '3m': 'Last 3 months',
  '6m': 'Last 6 months',
  '12m': 'Last 12 months',
  all: 'All time',
};

export const TREND_LABELS: Record<ThemeTrend, string> = {
  recurring: 'Recurring',
  emerging: 'Emerging',
  fading: 'Fading',
  occasional: 'Occasional',
};

export const TREND_DESCRIPTIONS: Record<ThemeTrend, string> = {
  recurring: 'Comes up again and again across the range.',
  emerging: 'Comes up more in recent periods than before.',
  fading: 'Came up before, less so lately.',
  occasional: 'Comes up now and then.',
};

/** Arrow and words: the arrow alone (or a colour) would not say which way is good. */
export const CHANGE_TEXT: Record<Change, { arrow: string; word: string }> = {
  better: { arrow: '↑', word: 'Better' },
  same: { arrow: '→', word: 'About the same' },
  worse: { arrow: '↓', word: 'Worse' },
};

export const OUTCOME_LABELS: Record<Exclude<CommitmentStatus, 'open'>, string> = {
  done: 'Done',
  'in-progress': 'Still in progress',
  dropped: 'Dropped',
  carried: 'Carried over',
};

export function plural(count: number, one: string, many = `${one}s`): string {
  // Grouped digits: "51,983 answers read", not "51983".
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

export function formatMean(mean: number): string {
  return mean.toFixed(1);
}

export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

const dateOnly = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

export function formatDate(ms: number): string {
  return dateOnly.format(ms);
}

/** "Jun 2025 to Nov 2025" for a run of periods. */
export function spanText(slots: readonly PeriodSlot[]): string {
  const first = slots[0];
  const last = slots.at(-1);
  if (!first || !last) return '';
  return first === last ? first.label : `${first.label} to ${last.label}`;
}
