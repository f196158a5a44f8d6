// Which suggestions get measured exactly (the pool) and which are returned.
import type { Candidate } from './candidates';
import { stemWord } from './normalise';
import { tokenize } from './tokenize';
import { changeStrength, type RecentSplit } from './trend';
import type { ThemeEvidence, ThemeResult, ThemeTrend } from './types';

export interface BuiltTheme {
  /** Complete but for `evidence`, filled in only for the themes returned. */
  result: ThemeResult;
  /** Meets the privacy floor. */
  eligible: boolean;
  /**
   * 0..1: 1 unless it is named by one word that everyone says anyway (everyday.ts); 0 is not a
   * theme at all (never returned unless pinned, and not counted as withheld).
   */
  weight: number;
  /** Matching answers (corpus indexes). */
  docs: readonly number[];
  /** Cuts the evidence out of the answers' text (costly: only for themes returned). */
  evidence: () => ThemeEvidence[];
}

/** Places kept for emerging themes (a fifth of the list) and fading ones (a tenth). */
export const emergingPlaces = (maxThemes: number) => Math.ceil(maxThemes / 5);
export const fadingPlaces = (maxThemes: number) => Math.ceil(maxThemes / 10);

/** A reserved place needs a change this clear (see changeStrength): chance gives ~1 in 700. */
const MIN_CHANGE_STRENGTH = 3;

/** Share of a theme's answers inside another's that makes it a mere wording of that one. */
export const NESTED_SHARE = 0.75;

/**
 * A one-word theme said partly in passing (weight below 1, see everyday.ts) is shown through a
 * phrase holding at least this share of its answers: "intake system" rather than "system".
 */
export const WORDING_SHARE = 1 / 3;

/**
 * Tells whether a theme is nested in a listed one: a longer wording of it ("drowning in
 * paperwork" under "paperwork") with at least NESTED_SHARE of its answers already listed
 * there. Answers are kept as bitsets; counting stops as soon as the answer is no.
 */
class Coverage {
  private readonly sets = new Map<BuiltTheme, Uint32Array>();

  constructor(private readonly docCount: number) {}

  private bits(theme: BuiltTheme): Uint32Array {
    let bits = this.sets.get(theme);
    if (!bits) {
      bits = new Uint32Array((this.docCount >> 5) + 1);
      for (const d of theme.docs) bits[d >> 5]! |= 1 << (d & 31);
      this.sets.set(theme, bits);
    }
    return bits;
  }

  nestedIn(inner: BuiltTheme, outers: readonly BuiltTheme[]): BuiltTheme | undefined {
    const allowedMisses = (1 - NESTED_SHARE) * inner.docs.length;
    const innerWords = stems(inner.result.label);
    return outers.find((outer) => {
      if (outer === inner || outer.docs.length < inner.docs.length) return false;
      // A longer wording of it, not merely something said alongside it ("audit" next to
      // "paperwork" is a topic of its own).
      const forms = [outer.result.label, ...outer.result.variants];
      if (!forms.some((form) => containsRun(innerWords, stems(form)))) return false;
      const bits = this.bits(outer);
      let misses = 0;
      for (const d of inner.docs) {
        if (!(bits[d >> 5]! & (1 << (d & 31))) && ++misses > allowedMisses) return false;
      }
      return true;
    });
  }

  /**
   * The listed phrase that names an everyday-ish one-word theme: it contains the word and holds
   * at least WORDING_SHARE of its answers.
   */
  wordingOf(word: BuiltTheme, listed: readonly BuiltTheme[]): BuiltTheme | undefined {
    if (word.weight >= 1 || word.result.pinned) return undefined;
    const run = stems(word.result.label);
    if (run.length !== 1) return undefined;
    const needed = WORDING_SHARE * word.docs.length;
    return listed.find((phrase) => {
      if (phrase === word || phrase.weight < 1 || phrase.docs.length < needed) return false;
      const words = stems(phrase.result.label);
      if (words.length < 2 || !containsRun(words, run)) return false;
      const bits = this.bits(word);
      let shared = 0;
      for (const d of phrase.docs) if (bits[d >> 5]! & (1 << (d & 31))) shared += 1;
      return shared >= needed;
    });
  }
}

function stems(text: string): string[] {
  return tokenize(text).map(stemWord);
}

/** True when `run` occurs in `words` as consecutive words. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  if (!run.length || run.length > words.length) return false;
  for (let i = 0; i + run.length <= words.length; i += 1) {
    if (run.every((w, k) => words[i + k] === w)) return true;
  }
  return false;
}

/**
 * Places a theme found nested in a listed one. Usually it becomes a variant of that one; but a
 * phrase nested in a one-word theme that is partly everyday talk ("intake system" inside
 * "system", which also counts "two systems") is the more telling name: the phrase takes the
 * word's place and the word becomes its variant.
 */
function placeNested(list: BuiltTheme[], outer: BuiltTheme, inner: BuiltTheme): void {
  if (swapsWith(outer, inner)) {
    list[list.indexOf(outer)] = inner;
    foldInto(inner, outer);
  } else {
    foldInto(outer, inner);
  }
}

function swapsWith(outer: BuiltTheme, inner: BuiltTheme): boolean {
  return (
    outer.weight < 1 &&
    inner.weight >= 1 &&
    inner.docs.length >= WORDING_SHARE * outer.docs.length &&
    !outer.result.pinned &&
    tokenize(outer.result.label).length === 1
  );
}

/** Lists a nested theme's name among the variants of the theme that holds it. */
function foldInto(outer: BuiltTheme, inner: BuiltTheme): void {
  const variants = outer.result.variants;
  if (!variants.includes(inner.result.label) && variants.length < MAX_LISTED_VARIANTS) {
    variants.push(inner.result.label);
  }
}

const MAX_LISTED_VARIANTS = 16;

/**
 * The candidates worth an exact count: the `size` best-ranked ones that can meet the floor,
 * every pinned one, and the themes changing most (rising and falling, for the reserved places),
 * so emerging and fading themes are not crowded out by long-standing ones.
 */
export function selectPool(
  candidates: readonly Candidate[],
  size: number,
  floorAnswers: number,
  maxThemes: number,
  split: RecentSplit,
  periodTotals: ArrayLike<number>,
  isPinned: (c: Candidate) => boolean,
): Candidate[] {
  const pool = new Set<Candidate>();
  for (const c of candidates) {
    if (pool.size >= size) break;
    if (c.df >= floorAnswers) pool.add(c);
  }
  for (const c of candidates) if (isPinned(c)) pool.add(c);

  let recentAnswers = 0;
  let earlierAnswers = 0;
  for (const p of split.dataPeriods) {
    if (p >= split.recentFrom) recentAnswers += periodTotals[p] ?? 0;
    else earlierAnswers += periodTotals[p] ?? 0;
  }
  if (recentAnswers > 0 && earlierAnswers > 0) {
    // Changing themes by how far the recent mentions are from what the theme's overall rate
    // predicts (a ratio alone favours tiny phrases): rising at least twofold per answer, or
    // falling to a quarter or less.
    const recentShare = recentAnswers / (recentAnswers + earlierAnswers);
    const recentRate = (c: Candidate) => c.dfRecent / recentAnswers;
    const earlierRate = (c: Candidate) => (c.df - c.dfRecent) / earlierAnswers;
    // Three candidates per reserved place: some turn out nested in a theme already listed.
    const changing = (keep: (c: Candidate) => boolean, sign: number, places: number) =>
      candidates
        .filter((c) => c.df >= floorAnswers && !pool.has(c) && keep(c))
        .map((c) => ({ c, shift: sign * (c.dfRecent - c.df * recentShare) }))
        .sort((a, b) => b.shift - a.shift || b.c.score - a.c.score)
        .slice(0, places * 3);
    const rising = changing(
      (c) => c.dfRecent >= 3 && recentRate(c) >= 2 * earlierRate(c),
      1,
      emergingPlaces(maxThemes),
    );
    const falling = changing(
      (c) => c.df - c.dfRecent >= 3 && recentRate(c) * 4 <= earlierRate(c),
      -1,
      fadingPlaces(maxThemes),
    );
    for (const r of [...rising, ...falling]) pool.add(r.c);
  }
  return [...pool];
}

/**
 * Gives up to `places` places to themes with this trend, replacing the weakest steady ones when
 * the list is full: new and fading topics would otherwise be crowded out by long-standing ones.
 */
function reserve(
  returned: BuiltTheme[],
  built: ReadonlyMap<Candidate, BuiltTheme>,
  coverage: Coverage,
  trend: ThemeTrend,
  places: number,
  maxThemes: number,
): void {
  const shown = new Set(returned);
  const waiting = [...built.values()]
    .filter(
      (b) =>
        b.eligible && b.weight > 0 && !b.result.pinned && b.result.trend === trend && !shown.has(b),
    )
    .filter(
      (b) => b.result.trendBasis && changeStrength(b.result.trendBasis) >= MIN_CHANGE_STRENGTH,
    )
    .sort((a, b) => b.result.score - a.result.score);
  let taken = returned.filter((t) => t.result.trend === trend).length;
  for (const b of waiting) {
    if (taken >= places) break;
    if (coverage.wordingOf(b, returned)) continue;
    const outer = coverage.nestedIn(b, returned);
    if (outer) {
      // "intake system" rising inside an everyday "system" already listed: it takes its place.
      if (swapsWith(outer, b)) {
        if (outer.result.trend !== trend) taken += 1;
        placeNested(returned, outer, b);
      }
      continue;
    }
    if (returned.length >= maxThemes) {
      let weakest = -1;
      returned.forEach((t, i) => {
        if (t.result.trend === 'emerging' || t.result.trend === 'fading') return;
        if (weakest < 0 || t.result.score < returned[weakest]!.result.score) weakest = i;
      });
      if (weakest < 0) break;
      returned.splice(weakest, 1);
    }
    returned.push(b);
    taken += 1;
  }
}

/**
 * Walks the candidates best first: a measured one meeting the floor is returned, one below it is
 * withheld (counted, never returned), one nested in a theme already listed becomes a variant of
 * it, until `maxThemes` are returned. Pinned suggestions are
 * returned on top of that whenever they meet the floor. A fifth of the places are kept for
 * emerging themes and a tenth for fading ones (see reserve).
 */
export function chooseSuggestions(
  candidates: readonly Candidate[],
  built: ReadonlyMap<Candidate, BuiltTheme>,
  floorAnswers: number,
  maxThemes: number,
  docCount: number,
): { chosen: BuiltTheme[]; withheld: number; needsMore: boolean } {
  const chosen: BuiltTheme[] = [];
  const coverage = new Coverage(docCount);
  let withheld = 0;
  let needsMore = false;
  for (const c of candidates) {
    if (chosen.length >= maxThemes) break;
    const b = built.get(c);
    if (b?.result.pinned) continue;
    if (b) {
      if (b.weight <= 0) continue; // everyday talk: not a theme, nothing withheld
      if (!b.eligible) {
        withheld += 1;
        continue;
      }
      const wording = coverage.wordingOf(b, chosen);
      const outer = wording ? undefined : coverage.nestedIn(b, chosen);
      if (wording) foldInto(wording, b);
      else if (outer) placeNested(chosen, outer, b);
      else chosen.push(b);
    } else if (c.df < floorAnswers) {
      withheld += 1;
    } else {
      // Not measured: too many of the measured ones fell below the floor or were nested.
      needsMore = true;
      break;
    }
  }
  if (maxThemes > 0) {
    reserve(chosen, built, coverage, 'emerging', emergingPlaces(maxThemes), maxThemes);
    reserve(chosen, built, coverage, 'fading', fadingPlaces(maxThemes), maxThemes);
  }
  for (const b of built.values()) {
    if (!b.result.pinned) continue;
    if (b.eligible) chosen.push(b);
    else withheld += 1;
  }
  return { chosen, withheld, needsMore };
}
