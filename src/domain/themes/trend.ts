// Is a theme recurring, emerging, fading or occasional? Judged over the periods that had any
// analysed answer ("periods with data"): a month without a huddle says nothing about a theme.
// Rates are per answer, so a busier recent month does not make everything look like it is rising.
import type { ThemeTrend, ThemeTrendBasis } from './types';

/** Thresholds, exported so a screen can explain a label in words. */
export const TREND_RULES = {
  /** Fewer periods with data than this: too little history to call anything a trend. */
  minPeriodsWithData: 3,
  /** Recurring: mentioned in at least this share of the periods with data… */
  recurringShare: 0.6,
  /** …and in at least this many of them. */
  recurringMinPeriods: 3,
  /** The recent part is the last third of the periods with data (at least one period). */
  recentShare: 1 / 3,
  /** Emerging: the recent rate per answer is at least this multiple of the earlier rate… */
  emergingLift: 2,
  /** …with at least this many recent mentions… */
  emergingMinMentions: 3,
  /** …in at least two recent periods (or all, when the recent part is one period)… */
  emergingMinPeriods: 2,
  /** Fading: at least this many earlier mentions… */
  fadingMinMentions: 3,
  /** …and a recent rate at most this fraction of the earlier rate ("little or none recently"). */
  fadingMaxRatio: 0.25,
} as const;

export interface RecentSplit {
  /** Indexes of the periods with data, oldest first. */
  dataPeriods: number[];
  /** First period index of the recent part; past the end when the history is too short. */
  recentFrom: number;
}

export function splitRecent(periodTotals: ArrayLike<number>): RecentSplit {
  const dataPeriods: number[] = [];
  for (let i = 0; i < periodTotals.length; i += 1) {
    if ((periodTotals[i] ?? 0) > 0) dataPeriods.push(i);
  }
  const n = dataPeriods.length;
  if (n < TREND_RULES.minPeriodsWithData) return { dataPeriods, recentFrom: periodTotals.length };
  const recentCount = Math.max(1, Math.round(n * TREND_RULES.recentShare));
  return { dataPeriods, recentFrom: dataPeriods[n - recentCount] ?? periodTotals.length };
}

export function trendBasis(
  series: ArrayLike<number>,
  periodTotals: ArrayLike<number>,
  split: RecentSplit,
): ThemeTrendBasis {
  const basis: ThemeTrendBasis = {
    periodsWithData: split.dataPeriods.length,
    periodsMentioned: 0,
    earlierPeriods: 0,
    earlierPeriodsMentioned: 0,
    recentPeriods: 0,
    recentPeriodsMentioned: 0,
    earlierMentions: 0,
    recentMentions: 0,
    earlierAnswers: 0,
    recentAnswers: 0,
    earlierRate: 0,
    recentRate: 0,
  };
  for (const p of split.dataPeriods) {
    const count = series[p] ?? 0;
    const total = periodTotals[p] ?? 0;
    if (count > 0) basis.periodsMentioned += 1;
    if (p >= split.recentFrom) {
      basis.recentPeriods += 1;
      basis.recentMentions += count;
      basis.recentAnswers += total;
      if (count > 0) basis.recentPeriodsMentioned += 1;
    } else {
      basis.earlierPeriods += 1;
      basis.earlierMentions += count;
      basis.earlierAnswers += total;
      if (count > 0) basis.earlierPeriodsMentioned += 1;
    }
  }
  basis.earlierRate = basis.earlierAnswers ? basis.earlierMentions / basis.earlierAnswers : 0;
  basis.recentRate = basis.recentAnswers ? basis.recentMentions / basis.recentAnswers : 0;
  return basis;
}

/**
 * Fading is checked first: a theme in every early period and none lately is "fading", not
 * "recurring". Emerging next: a theme whose rate per answer at least doubled is "emerging" even
 * if it was mentioned now and then before (with hundreds of answers a week, a rare word is
 * "present" in most weeks, so presence alone cannot tell new from steady). Then recurring.
 */
export function classifyTrend(b: ThemeTrendBasis): ThemeTrend {
  const R = TREND_RULES;
  if (b.periodsWithData < R.minPeriodsWithData) return 'occasional';
  if (
    b.earlierMentions >= R.fadingMinMentions &&
    b.recentRate <= b.earlierRate * R.fadingMaxRatio
  ) {
    return 'fading';
  }
  if (
    b.recentMentions >= R.emergingMinMentions &&
    b.recentPeriodsMentioned >= Math.min(R.emergingMinPeriods, b.recentPeriods) &&
    b.recentRate >= b.earlierRate * R.emergingLift
  ) {
    return 'emerging';
  }
  if (
    b.periodsMentioned >= R.recurringMinPeriods &&
    b.periodsMentioned / b.periodsWithData >= R.recurringShare
  ) {
    return 'recurring';
  }
  return 'occasional';
}

/**
 * How far the recent mentions are from what the theme's overall rate predicts, in standard
 * deviations (a Poisson approximation). Used to keep chance wobbles of rare phrases out of the
 * places reserved for emerging and fading themes.
 */
export function changeStrength(b: ThemeTrendBasis): number {
  const answers = b.earlierAnswers + b.recentAnswers;
  if (!answers) return 0;
  const expected = ((b.earlierMentions + b.recentMentions) * b.recentAnswers) / answers;
  return expected > 0 ? Math.abs(b.recentMentions - expected) / Math.sqrt(expected) : 0;
}
