// Pulse answers (1–5 taps) are only ever shown as a distribution, and not even that when so few
// people answered that a rating could be traced back to someone.

export const PULSE_RATINGS = [1, 2, 3, 4, 5] as const;
export type PulseRating = (typeof PULSE_RATINGS)[number];

/**
 * Fewest ratings before a distribution is shown. Below it, a bar of 1 on a team of 2 tells
 * everyone who said what.
 */
export const PULSE_PRIVACY_THRESHOLD = 3;

export type PulseDistribution =
  | { withheld: true; count: number }
  | { withheld: false; count: number; counts: Record<PulseRating, number>; mean: number };

export function isPulseRating(value: number): value is PulseRating {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

/**
 * Anything that is not a whole 1–5 is ignored (passes are not ratings). With no valid rating
 * at all the result is withheld whatever the threshold, since there is nothing to show.
 */
export function pulseDistribution(
  ratings: readonly number[],
  threshold: number = PULSE_PRIVACY_THRESHOLD,
): PulseDistribution {
  const valid = ratings.filter(isPulseRating);
  const count = valid.length;
  if (count === 0 || count < threshold) return { withheld: true, count };
  const counts: Record<PulseRating, number> = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let sum = 0;
  for (const rating of valid) {
    counts[rating] += 1;
    sum += rating;
  }
  return { withheld: false, count, counts, mean: sum / count };
}
