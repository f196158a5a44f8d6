import { describe, expect, it } from 'vitest';
import { createIdSource, deriveSeed, mix32 } from '../../../../src/domain/sample/ids';
import { UUID_V4 } from './fixture';

describe('createIdSource', () => {
  it('makes UUID v4-shaped ids, the same sequence for the same seed', () => {
    const a = createIdSource(42);
    const b = createIdSource(42);
    const first = Array.from({ length: 50 }, a);
    expect(Array.from({ length: 50 }, b)).toEqual(first);
    expect(first.filter((id) => !UUID_V4.test(id))).toEqual([]);
    expect(Array.from({ length: 50 }, createIdSource(43))).not.toEqual(first);
  });

  it('never repeats an id within one source (200,000 checked)', () => {
    const next = createIdSource(1);
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i += 1) seen.add(next());
    expect(seen.size).toBe(200_000);
  });

  it('mixes seeds into well-spread 32-bit numbers', () => {
    expect(mix32(1)).not.toBe(mix32(2));
    expect(deriveSeed(1, 2)).not.toBe(deriveSeed(2, 1));
    expect(deriveSeed(5)).toBeGreaterThanOrEqual(0);
    expect(deriveSeed(5)).toBeLessThan(2 ** 32);
  });
});
