// Everyday words against the team's own words. Inside one team's history a word like "time",
// "help" or "ask" has the same shape as a real theme: it comes up in every period, in answers to
// every question, at a steady few per cent of answers, just like "paperwork" (in the sample youth
// team: "time" in 6.3% of answers and 74% of huddles, "help" 6.1% / 65%, "paperwork" 5.4% /
// 59%), so no count, spread or IDF over the team's own history can tell them apart. What does is
// that everybody says "time" all the time: a team saying it twice as often as people do anyway
// is not telling a leader anything. So a one-word theme is weighed by its lift: the share of answers that mention it
// over the share expected from everyday English (EVERYDAY_WORD_BANDS) at this corpus's answer
// length. Phrases are never weighed down: "not enough time" or "intake system" are rare in
// everyday speech, whatever their words.

import { EVERYDAY_WORD_BANDS } from './everydayWords';
import { stemWord } from './normalise';

/** At or below this lift a single word is never a theme on its own. */
export const EVERYDAY_LIFT_MIN = 10;
/** From this lift on a single word counts in full; between the two, in proportion (log scale). */
export const EVERYDAY_LIFT_FULL = 100;

let tables: { words: Map<string, number>; stems: Map<string, number> } | undefined;

/** Word → and stem → chance that a word said in everyday English is it (a stem's words summed). */
function everydayRates() {
  if (tables) return tables;
  const words = new Map<string, number>();
  const stems = new Map<string, number>();
  for (const [perMillion, list] of EVERYDAY_WORD_BANDS) {
    for (const word of list.split(' ')) {
      const rate = perMillion / 1e6;
      words.set(word, rate);
      const stem = stemWord(word);
      stems.set(stem, (stems.get(stem) ?? 0) + rate);
    }
  }
  tables = { words, stems };
  return tables;
}

/**
 * Chance per word of everyday English that it is this stem (0 when rarer than 10 per million).
 * An estimate: the stem "bill" sums "bill" and "bills", though a team may only say "billing".
 */
export function everydayStemRate(stem: string): number {
  return everydayRates().stems.get(stem) ?? 0;
}

/** The same for one lowercase word exactly as said ("billing": rare; "bills": everyday). */
export function everydayWordRate(word: string): number {
  return everydayRates().words.get(word) ?? 0;
}

/**
 * How much a one-word theme counts (0..1): 0 when `share` of the answers mention it and that is
 * at most EVERYDAY_LIFT_MIN times what answers of `wordsPerAnswer` words would say anyway, 1
 * from EVERYDAY_LIFT_FULL times on (and for every word rarer than the everyday list).
 */
export function everydayWeight(share: number, rate: number, wordsPerAnswer: number): number {
  if (rate <= 0 || share <= 0) return 1;
  const expected = 1 - (1 - rate) ** Math.max(1, wordsPerAnswer);
  const lift = share / expected;
  const weight =
    Math.log(lift / EVERYDAY_LIFT_MIN) / Math.log(EVERYDAY_LIFT_FULL / EVERYDAY_LIFT_MIN);
  return Math.min(1, Math.max(0, weight));
}
