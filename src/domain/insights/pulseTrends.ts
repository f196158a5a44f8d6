// Pulse and pillar-rating trends: per period, the distribution of 1–5 ratings (withheld under the
// privacy floor, as on a huddle summary) and whether the average moved since the last period that
// could be shown. A withheld period is never compared: its average is not safe to hint at.
import { isPulseRating, PULSE_PRIVACY_THRESHOLD, pulseDistribution } from '../huddle/pulse';
import { periodIndex } from '../themes/periods';
import type { Millis, Pillar } from '../types';
import { PULSE_ITEMS, type PulseItem } from './pulseItems';
import type { Change, PeriodSlot, PulsePoint, PulseTrend } from './types';

/** A stored rating, reduced to what the trend needs (no person, no huddle). */
export interface RatingRow {
  promptId: string;
  createdAt: Millis;
  rating: number;
}

/**
 * Averages closer than this are "about the same": on a 1–5 scale a quarter point is roughly one
 * person in four moving by one step, less than the noise of who happened to be in the room.
 */
export const SAME_WITHIN = 0.25;

export function compareMeans(previous: number, current: number): Change {
  const delta = current - previous;
  if (Math.abs(delta) < SAME_WITHIN) return 'same';
  // Every item is worded so that agreeing is good: a higher average is better.
  return delta > 0 ? 'better' : 'worse';
}

/** Collects ratings per item and period; feed rows in any order, then call `trends`. */
export class PulseAccumulator {
  private readonly buckets = new Map<string, number[][]>();
  private readonly starts: Millis[];
  count = 0;

  constructor(private readonly slots: readonly PeriodSlot[]) {
    this.starts = slots.map((s) => s.start);
  }

  add(row: RatingRow): void {
    if (!isPulseRating(row.rating)) return;
    const index = periodIndex(this.starts, row.createdAt);
    if (index < 0) return;
    let perPeriod = this.buckets.get(row.promptId);
    if (!perPeriod) {
      perPeriod = this.slots.map(() => []);
      this.buckets.set(row.promptId, perPeriod);
    }
    perPeriod[index]?.push(row.rating);
    this.count += 1;
  }

  trends(
    options: { pillar?: Pillar; threshold?: number; items?: readonly PulseItem[] } = {},
  ): PulseTrend[] {
    const items = (options.items ?? PULSE_ITEMS).filter(
      (item) => !options.pillar || item.pillar === options.pillar,
    );
    return items.map((item) =>
      pulseTrend(item, this.slots, this.buckets.get(item.promptId), options.threshold),
    );
  }
}

export function pulseTrend(
  item: PulseItem,
  slots: readonly PeriodSlot[],
  perPeriod: readonly (readonly number[])[] | undefined,
  threshold: number = PULSE_PRIVACY_THRESHOLD,
): PulseTrend {
  // The floor can be raised, never lowered.
  const floor = Math.max(PULSE_PRIVACY_THRESHOLD, threshold);
  let previous: { label: string; mean: number } | null = null;
  let latest: PulsePoint | null = null;
  const all: number[] = [];
  const points = slots.map((slot, i): PulsePoint => {
    const ratings = perPeriod?.[i] ?? [];
    all.push(...ratings);
    const dist = pulseDistribution(ratings, floor);
    if (dist.withheld) return { ...slot, dist, change: null };
    const point: PulsePoint = previous
      ? { ...slot, dist, change: compareMeans(previous.mean, dist.mean), previous }
      : { ...slot, dist, change: null };
    previous = { label: slot.label, mean: dist.mean };
    latest = point;
    return point;
  });
  return {
    promptId: item.promptId,
    kind: item.kind,
    pillar: item.pillar,
    label: item.label,
    question: item.question,
    points,
    overall: pulseDistribution(all, floor),
    latest,
  };
}
