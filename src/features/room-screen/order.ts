// Answers on an anonymous or private step are shown in an order that says nothing about who wrote
// them or when (the device goes round in attendance order), yet stays the same on every render
// and in both windows. Mirrors features/history/shuffle.ts, which a feature may not import.
import { mulberry32, shuffled } from '../../domain/library/random';

/** FNV-1a: a 32-bit seed from a text (session id, step, prompt). Not for secrets. */
export function seedFromText(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

/**
 * A deterministic shuffle. Items are first sorted by `sortKey` (the answer text), an order that
 * carries no information, so the saving order cannot survive into the result.
 */
export function neutralOrder<T>(
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
