// The theme engine: what keeps coming up in a team's answers, computed on the device.
// Three walks over the answers, each linear in the number of words:
//   1. buildCorpus   tokenise once into word ids (each distinct word stemmed once);
//   2. countPhrases  count every 1–3 word candidate phrase once per answer;
//   3. measureThemes exact counts, periods, pillars and matches for the few candidates that
//                    can be shown (candidates.ts merges and ranks between 2 and 3).
// Privacy: nothing about a person enters but the team's names, only so that no name is ever a
// theme (ThemeAnswer has no member id; only id, session, pillar, time and text are read), and a
// theme from fewer than the floor's huddles or answers is never returned, curated ones included.
import { PILLARS, type Pillar } from '../types';
import { type Candidate, PHRASE_SHARE, rankCandidates, tfIdf } from './candidates';
import { buildCorpus, type Corpus } from './corpus';
import { compileCurated, curatedKeywords, keywordKey } from './curated';
import { everydayWeight, everydayWordRate } from './everyday';
import { evidenceOf, measureThemes, type ThemeMeasure, type ThemeTarget } from './measure';
import { countPhrases } from './phrases';
import { type BuiltTheme, chooseSuggestions, selectPool } from './select';
import { tokenize } from './tokenize';
import { classifyTrend, type RecentSplit, splitRecent, trendBasis } from './trend';
import type { ThemeAnalysis, ThemeAnswer, ThemeOptions, ThemeResult } from './types';

/** The privacy floor can be raised, never lowered below this. */
export const MIN_PRIVACY_FLOOR = 3;
export const DEFAULT_MAX_THEMES = 30;
/** At most this many merged spellings are listed per theme. */
const MAX_VARIANTS = 12;

export function privacyFloor(options: Pick<ThemeOptions, 'minHuddles' | 'minAnswers'>) {
  const raise = (value: number | undefined) =>
    Math.max(MIN_PRIVACY_FLOOR, Number.isFinite(value) ? Math.ceil(value ?? 0) : 0);
  return { huddles: raise(options.minHuddles), answers: raise(options.minAnswers) };
}

/** Maps each stage's own 0..1 onto its slice of the whole run; reports each new hundredth. */
function stages(onProgress: ThemeOptions['onProgress']) {
  let last = -1;
  return (from: number, to: number) => (fraction: number) => {
    const overall = Math.round((from + (to - from) * fraction) * 100) / 100;
    if (onProgress && overall > last) {
      last = overall;
      onProgress(overall);
    }
  };
}

function normalisedKeys(keys: readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const key of keys ?? []) {
    out.add(key.trim().toLowerCase());
    const normalised = keywordKey(key);
    if (normalised) out.add(normalised);
  }
  return out;
}

/** Surface forms, most frequent first; ties: shorter, then alphabetical (deterministic). */
function rankForms(forms: Iterable<[string, number]>): string[] {
  return [...forms]
    .sort(([a, ca], [b, cb]) => cb - ca || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(([form]) => form);
}

/**
 * A suggestion's name: its most frequent wording of two or three words when that covers at
 * least PHRASE_SHARE of its answers ("intake system", not "system", when that is how it is
 * mostly said), else the most frequent wording of its head.
 */
function labelOf(measure: ThemeMeasure, head: readonly string[], fallback: string): string {
  const phrases = new Map<string, number>();
  for (const forms of measure.forms) {
    for (const [form, n] of forms) {
      if (form.includes(' ')) phrases.set(form, (phrases.get(form) ?? 0) + n);
    }
  }
  const [phrase] = rankForms(phrases);
  if (phrase && (phrases.get(phrase) ?? 0) >= PHRASE_SHARE * measure.count) return phrase;
  return head[0] ?? phrase ?? fallback;
}

function pillarCounts(counts: Int32Array): { pillar: Pillar; count: number }[] {
  return PILLARS.map((pillar, i) => ({ pillar, count: counts[i] ?? 0 }))
    .filter((p) => p.count > 0)
    .sort((a, b) => b.count - a.count);
}

type Identity = Pick<ThemeResult, 'key' | 'label' | 'variants' | 'kind' | 'curatedId' | 'pinned'>;

function buildTheme(
  identity: Identity,
  measure: ThemeMeasure,
  corpus: Corpus,
  split: RecentSplit,
  floor: { huddles: number; answers: number },
  evidenceLimit: number,
  weight = 1,
): BuiltTheme {
  const basis = trendBasis(measure.series, corpus.periodTotals, split);
  return {
    eligible: measure.count >= floor.answers && measure.huddles >= floor.huddles,
    weight,
    docs: measure.docs,
    evidence: () => evidenceOf(measure, corpus, evidenceLimit),
    result: {
      ...identity,
      trend: classifyTrend(basis),
      count: measure.count,
      huddles: measure.huddles,
      series: corpus.periods.starts.map((start, i) => ({
        start,
        label: corpus.periods.labels[i]!,
        count: measure.series[i] ?? 0,
      })),
      pillars: pillarCounts(measure.pillars),
      score: tfIdf(measure.count, corpus.answers.length) * weight,
      evidence: [],
      trendBasis: basis,
    },
  };
}

export function analyseThemes(answers: ThemeAnswer[], options: ThemeOptions): ThemeAnalysis {
  const stage = stages(options.onProgress);
  const floor = privacyFloor(options);
  const maxThemes = Math.max(0, Math.floor(options.maxThemes ?? DEFAULT_MAX_THEMES));
  const evidenceLimit = Math.max(0, options.evidenceLimit ?? Number.POSITIVE_INFINITY);

  const corpus = buildCorpus(answers, options, stage(0, 0.3));
  const total = corpus.answers.length;
  const split = splitRecent(corpus.periodTotals);
  const index = countPhrases(corpus, split.recentFrom, stage(0.3, 0.6));

  // Curated themes cover their keywords, so a suggestion with the same key is left out; so is
  // every suggestion a person hid.
  const curatedInputs = (options.curated ?? []).filter((c) => !c.hidden);
  const excluded = normalisedKeys(options.hiddenKeys);
  for (const c of curatedInputs) {
    for (const keyword of curatedKeywords(c)) {
      const key = keywordKey(keyword);
      if (key) excluded.add(key);
    }
  }
  const pinned = normalisedKeys(options.pinnedKeys);
  const wordsPerAnswer = total ? corpus.words / total : 0;
  // The exact weight, now that the name and its spellings are known: a theme named by a phrase
  // counts in full; one named by a word, by the everyday rate of the words it was said as.
  const labelWeight = (label: string, measure: ThemeMeasure) => {
    if (tokenize(label).length !== 1 || !total) return 1;
    let rate = 0;
    for (const form of measure.forms[0]?.keys() ?? []) {
      if (!form.includes(' ')) rate += everydayWordRate(form);
    }
    return everydayWeight(measure.count / total, rate, wordsPerAnswer);
  };
  const found = rankCandidates(index, corpus.vocab, total, excluded, wordsPerAnswer);
  const curated = compileCurated(curatedInputs, corpus.vocab, index, found);
  const isPinned = (c: Candidate) => c.groups.some((g) => pinned.has(found.groups[g]!.compact));
  stage(0.6, 0.65)(1);

  // Measure the best candidates plus a margin for those that miss the floor; in the rare case
  // that too many miss it, measure again with a larger pool.
  let poolSize = maxThemes + 10;
  let pool: Candidate[];
  let measures: ThemeMeasure[];
  let suggestions: Map<Candidate, BuiltTheme>;
  let choice: ReturnType<typeof chooseSuggestions>;
  for (;;) {
    pool = selectPool(
      found.candidates,
      poolSize,
      floor.answers,
      maxThemes,
      split,
      corpus.periodTotals,
      isPinned,
    );
    const targets: ThemeTarget[] = [
      ...pool.map((c) => ({ phrases: c.groups.map((g) => found.groups[g]!.members) })),
      ...curated.map((c) => ({ sequences: c.sequences, taggedIds: c.input.taggedResponseIds })),
    ];
    measures = measureThemes(corpus, index, targets, stage(0.65, 0.95));
    suggestions = new Map();
    for (const [i, candidate] of pool.entries()) {
      const measure = measures[i]!;
      const head = rankForms(measure.forms[0] ?? []);
      const all = rankForms(measure.forms.flatMap((f) => [...f]));
      const label = labelOf(measure, head, all[0] ?? candidate.key);
      const identity: Identity = {
        key: candidate.key,
        label,
        // The name first (screens show variants[0] as the name), then the rest by frequency.
        variants: [label, ...all.filter((form) => form !== label)].slice(0, MAX_VARIANTS),
        kind: 'suggested',
        pinned: isPinned(candidate),
      };
      suggestions.set(
        candidate,
        buildTheme(
          identity,
          measure,
          corpus,
          split,
          floor,
          evidenceLimit,
          labelWeight(label, measure),
        ),
      );
    }
    choice = chooseSuggestions(found.candidates, suggestions, floor.answers, maxThemes, total);
    if (!choice.needsMore || poolSize >= found.candidates.length) break;
    poolSize *= 4;
  }
  const { chosen, withheld: suggestionsWithheld } = choice;

  let withheld = suggestionsWithheld;
  const curatedWithheld: string[] = [];
  curated.forEach((c, i) => {
    const measure = measures[pool.length + i]!;
    const identity: Identity = {
      key: `curated:${c.input.id}`,
      label: c.input.label,
      variants: rankForms(measure.forms[0] ?? []).slice(0, MAX_VARIANTS),
      kind: 'curated',
      curatedId: c.input.id,
      pinned: c.input.pinned,
    };
    const built = buildTheme(identity, measure, corpus, split, floor, evidenceLimit);
    if (built.eligible) {
      chosen.push(built);
    } else {
      // Counted whether it matched nothing or one or two answers: the two are never told apart.
      curatedWithheld.push(c.input.id);
      withheld += 1;
    }
  });

  const themes = chosen.map((b) => ({ ...b.result, evidence: b.evidence() }));
  themes.sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      b.score - a.score ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  stage(0.95, 1)(1);
  return {
    period: options.period,
    periods: corpus.periods.starts.map((start, i) => ({ start, label: corpus.periods.labels[i]! })),
    themes,
    answersAnalysed: total,
    withheld,
    curatedWithheld,
    floor,
  };
}
