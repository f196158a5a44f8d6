import { describe, expect, it } from 'vitest';
import { PULSE_ITEMS, RATED_PROMPT_IDS } from '../../../../src/domain/insights/pulseItems';
import { compareMeans, PulseAccumulator } from '../../../../src/domain/insights/pulseTrends';
import { periodSlots } from '../../../../src/domain/insights/range';
import { PILLAR_RATING_PROMPT_IDS, PULSE_PROMPT_IDS } from '../../../../src/domain/library/prompts';

const JAN = new Date(2026, 0, 1).getTime();
const MAR_END = new Date(2026, 2, 31, 23, 59).getTime();
const slots = periodSlots(JAN, MAR_END, 'month');
const at = (month: number, day = 10) => new Date(2026, month, day).getTime();
const RELATIONSHIPS = PILLAR_RATING_PROMPT_IDS[0] as string;

function accumulate(rows: [month: number, ratings: number[]][], promptId = RELATIONSHIPS) {
  const acc = new PulseAccumulator(slots);
  for (const [month, ratings] of rows) {
    for (const rating of ratings) acc.add({ promptId, createdAt: at(month), rating });
  }
  return acc;
}

function trendOf(acc: PulseAccumulator, promptId = RELATIONSHIPS) {
  const trend = acc.trends().find((t) => t.promptId === promptId);
  if (!trend) throw new Error('no trend');
  return trend;
}

describe('pulse items', () => {
  it('lists the five pillar ratings then the seven pulse items', () => {
    expect(PULSE_ITEMS).toHaveLength(12);
    expect(RATED_PROMPT_IDS).toEqual([...PILLAR_RATING_PROMPT_IDS, ...PULSE_PROMPT_IDS]);
    expect(PULSE_ITEMS[0]).toMatchObject({ kind: 'pillar-rating', label: 'Relationships First' });
  });
});

describe('pulse trends', () => {
  it('gives each month an average and a distribution', () => {
    const trend = trendOf(
      accumulate([
        [0, [3, 4, 5]],
        [1, [4, 4, 4, 5]],
      ]),
    );
    expect(trend.points.map((p) => p.label)).toEqual(['Jan 2026', 'Feb 2026', 'Mar 2026']);
    const [jan, feb] = trend.points;
    expect(jan?.dist).toEqual({
      withheld: false,
      count: 3,
      counts: { 1: 0, 2: 0, 3: 1, 4: 1, 5: 1 },
      mean: 4,
    });
    expect(feb?.dist.withheld).toBe(false);
    expect(trend.overall).toMatchObject({ withheld: false, count: 7 });
  });

  it('withholds a period with fewer than 3 ratings and never compares with it', () => {
    const trend = trendOf(
      accumulate([
        [0, [2, 2, 2]],
        [1, [5, 5]],
        [2, [4, 4, 4]],
      ]),
    );
    const [jan, feb, mar] = trend.points;
    expect(feb?.dist).toEqual({ withheld: true, count: 2 });
    expect(feb?.change).toBeNull();
    expect(jan?.change).toBeNull();
    // March is compared with January, the last period that could be shown.
    expect(mar?.change).toBe('better');
    expect(mar?.previous).toEqual({ label: 'Jan 2026', mean: 2 });
    expect(trend.latest?.label).toBe('Mar 2026');
  });

  it('calls small moves the same, and drops worse', () => {
    expect(compareMeans(3.5, 3.6)).toBe('same');
    expect(compareMeans(3.5, 3.3)).toBe('same');
    expect(compareMeans(3.5, 3.0)).toBe('worse');
    expect(compareMeans(3, 3.5)).toBe('better');
    const trend = trendOf(
      accumulate([
        [0, [5, 5, 5]],
        [1, [3, 3, 3]],
        [2, [3, 3, 3, 3]],
      ]),
    );
    expect(trend.points.map((p) => p.change)).toEqual([null, 'worse', 'same']);
  });

  it('has no latest point when every period is withheld', () => {
    const trend = trendOf(
      accumulate([
        [0, [1, 2]],
        [2, [5]],
      ]),
    );
    expect(trend.latest).toBeNull();
    expect(trend.points.every((p) => p.dist.withheld)).toBe(true);
    expect(trend.overall).toMatchObject({ withheld: false, count: 3 });
  });

  it('ignores passes, out-of-scale values and ratings outside the periods', () => {
    const acc = new PulseAccumulator(slots);
    acc.add({ promptId: RELATIONSHIPS, createdAt: at(0), rating: 0 });
    acc.add({ promptId: RELATIONSHIPS, createdAt: at(0), rating: 6 });
    acc.add({ promptId: RELATIONSHIPS, createdAt: new Date(2025, 11, 31).getTime(), rating: 4 });
    expect(acc.count).toBe(0);
  });

  it('narrows to one pillar and can raise the floor', () => {
    const acc = accumulate([[0, [3, 4, 5]]]);
    const power = acc.trends({ pillar: 'power' });
    expect(power.length).toBeGreaterThan(0);
    expect(power.every((t) => t.pillar === 'power')).toBe(true);
    const raised = acc.trends({ threshold: 4 }).find((t) => t.promptId === RELATIONSHIPS);
    expect(raised?.points[0]?.dist.withheld).toBe(true);
    const lowered = acc.trends({ threshold: 1 }).find((t) => t.promptId === RELATIONSHIPS);
    expect(lowered?.points[0]?.dist.withheld).toBe(false);
    const twoOnly = accumulate([[0, [3, 4]]]).trends({ threshold: 1 });
    expect(twoOnly.find((t) => t.promptId === RELATIONSHIPS)?.points[0]?.dist.withheld).toBe(true);
  });
});
