// Anonymous answers are listed in an order that says nothing about who wrote them or when, yet
// stays the same on every visit and in every printout of the same summary.
import { mulberry32, shuffled } from '../../domain/library/random';

/** FNV-1a: turns a text (session id, step, prompt) into a 32-bit seed. Not for secrets. */
export function seedFromText(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

/**
 * A deterministic shuffle. The items are first put in an order that carries no information
 * (by `sortKey`, e.g. the answer text), so the saving order cannot survive the shuffle.
 */
export function seededShuffle<T>(
  items: readonly T[],
  seedText: string,
  sortKey: (item: T) => string,
): T[] {
  const neutral = [...items].sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return shuffled(neutral, mulberry32(seedFromText(seedText)));
}
