// Ratings and feelings that follow a team's mood over time (see teamMood), with steady
// differences between questions and between people, and week-to-week noise.
import { FEELING_FAMILIES, type FeelingFamily } from '../library/feelings';
import type { RandomSource } from '../library/random';
import type { Prompt } from '../types';
import { pick, weighted, wobble } from './rng';

/**
 * How each question tends to sit against the team's mood: peers support each other more readily
 * than the organisation offers growth or safety, and traditions slip in busy times.
 */
const RATING_OFFSET: Readonly<Record<string, number>> = {
  'bi-pulse-talk': -0.2,
  'bi-pulse-backed': 0.2,
  'bi-pulse-traditions': -0.3,
  'bi-pulse-belong': 0.1,
  'bi-pulse-peers': 0.35,
  'bi-pulse-growth': -0.4,
  'bi-pulse-safe': -0.1,
  'bi-rate-relationships': 0.2,
  'bi-rate-learning': 0,
  'bi-rate-play': -0.3,
  'bi-rate-power': -0.45,
  'bi-rate-parallel': -0.1,
};

/** A 1–5 rating: mood + question + person + noise, rounded and kept on the scale. */
export function rating(
  random: RandomSource,
  mood: number,
  promptId: string,
  personBias: number,
): number {
  const value = mood + (RATING_OFFSET[promptId] ?? 0) + personBias + 0.65 * wobble(random);
  return Math.max(1, Math.min(5, Math.round(value)));
}

const BY_TONE: Record<FeelingFamily['tone'], FeelingFamily[]> = {
  pleasant: FEELING_FAMILIES.filter((f) => f.tone === 'pleasant'),
  mixed: FEELING_FAMILIES.filter((f) => f.tone === 'mixed'),
  unpleasant: FEELING_FAMILIES.filter((f) => f.tone === 'unpleasant'),
};

/** One to three words from the picker, more often pleasant when the team's mood is good. */
export function feelings(random: RandomSource, mood: number): string[] {
  const pleasant = Math.max(0.12, Math.min(0.85, (mood - 1.6) / 3.2));
  const count = 1 + weighted(random, [70, 25, 5]);
  const words: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const r = random();
    const tone = r < pleasant ? 'pleasant' : r < pleasant + 0.15 ? 'mixed' : 'unpleasant';
    const word = pick(random, pick(random, BY_TONE[tone]).words);
    if (!words.includes(word)) words.push(word);
  }
  return words;
}

/** A choice answer; energy-style scales (first option best) lean with the mood. */
export function choice(
  random: RandomSource,
  prompt: Pick<Prompt, 'id' | 'choices'>,
  mood: number,
): string {
  const choices = prompt.choices ?? [];
  if (prompt.id === 'bi-warm-08') {
    const lift = (mood - 3) * 8;
    const index = weighted(random, [10 + lift, 25 + lift, 30, 20 - lift, 15 - lift / 2]);
    return choices[index] ?? pick(random, choices);
  }
  return pick(random, choices);
}
