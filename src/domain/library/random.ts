// A tiny seeded PRNG so prompt draws are reproducible in tests (and, if wanted, per huddle).

/** A source of numbers in [0, 1), like Math.random. */
export type RandomSource = () => number;

/**
 * mulberry32: a fast 32-bit generator, good enough for shuffling prompts (not for secrets).
 * The same seed always yields the same sequence.
 */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle into a new array; the input is left untouched. */
export function shuffled<T>(items: readonly T[], random: RandomSource): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    // Clamp so a source that returns exactly 1 cannot index past the end.
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

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
 * The order anonymous answers are shown in, on every screen: it says nothing about who wrote
 * them or when, yet is the same on every render, window and printout. Items are first sorted by
 * `sortKey` (the answer text), an order that carries no information, so the saving order cannot
 * survive the seeded shuffle.
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
