// Small helpers over a seeded RandomSource (mulberry32). Everything random in the sample data goes
// through these, never Math.random, so a seed reproduces the whole organisation.
import type { RandomSource } from '../library/random';

export function pick<T>(random: RandomSource, items: readonly T[]): T {
  const item = items[Math.min(items.length - 1, Math.floor(random() * items.length))];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

export function chance(random: RandomSource, probability: number): boolean {
  return random() < probability;
}

/** An integer in [min, max], both inclusive. */
export function between(random: RandomSource, min: number, max: number): number {
  return min + Math.min(max - min, Math.floor(random() * (max - min + 1)));
}

/** Roughly normal with mean 0 and standard deviation 1 (sum of three uniforms): cheap, bounded. */
export function wobble(random: RandomSource): number {
  return (random() + random() + random() - 1.5) * 2;
}

/** Picks an index with probability proportional to its weight. */
export function weighted(random: RandomSource, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let r = random() * total;
  for (let i = 0; i < weights.length; i += 1) {
    r -= weights[i] as number;
    if (r < 0) return i;
  }
  return weights.length - 1;
}
