import { describe, expect, it } from 'vitest';
import { PULSE_PRIVACY_THRESHOLD, pulseDistribution } from '../../../../src/domain/huddle/pulse';

describe('pulseDistribution', () => {
  it('withholds the distribution below the privacy threshold (3 by default)', () => {
    expect(PULSE_PRIVACY_THRESHOLD).toBe(3);
    expect(pulseDistribution([5, 1])).toEqual({ withheld: true, count: 2 });
    expect(pulseDistribution([])).toEqual({ withheld: true, count: 0 });
  });

  it('shows counts for 1–5, the count and the mean at the threshold', () => {
    expect(pulseDistribution([4, 5, 4])).toEqual({
      withheld: false,
      count: 3,
      counts: { 1: 0, 2: 0, 3: 0, 4: 2, 5: 1 },
      mean: 13 / 3,
    });
  });

  it('takes a custom threshold', () => {
    expect(pulseDistribution([2, 3, 4], 5)).toEqual({ withheld: true, count: 3 });
    expect(pulseDistribution([2], 1)).toMatchObject({ withheld: false, count: 1, mean: 2 });
  });

  it('ignores anything that is not a whole 1–5 (and a threshold of 0 still needs a rating)', () => {
    expect(pulseDistribution([0, 6, 2.5, Number.NaN, 3, 3, 3])).toMatchObject({
      withheld: false,
      count: 3,
      mean: 3,
    });
    expect(pulseDistribution([0, 9], 0)).toEqual({ withheld: true, count: 0 });
  });
});
