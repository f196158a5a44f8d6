// The theme engine's contract. Plain data in, plain data out: it runs in a Web Worker and in
// Node benchmarks alike. No member id ever enters or leaves it: themes are about what is said,
// never about who said it.
import type { Millis, Pillar } from '../types';

export type Period = 'week' | 'month' | 'quarter';

/** One answer's text, stripped of anything that could identify the person. */
export interface ThemeAnswer {
  id: string;
  sessionId: string;
  teamId: string;
  pillar: Pillar;
  createdAt: Millis;
  text: string;
  /**
   * The question it answers (pass the same string for every answer to it). Words that only
   * repeat the question ("goal" in answers to "What is your goal today?") are not themes on
   * their own; phrases that add to them ("intake form" after "Which form…?") still are.
   */
  prompt?: string;
}

/** A theme named by a person: its keywords are matched like a suggestion's variants. */
export interface CuratedThemeInput {
  id: string;
  label: string;
  keywords: string[];
  /** Answers a person tagged to it by hand (counted even without a keyword match). */
  taggedResponseIds: string[];
  pinned: boolean;
  hidden: boolean;
}

export interface ThemeOptions {
  period: Period;
  /** Inclusive range of answers to analyse; defaults to all. */
  from?: Millis;
  to?: Millis;
  /** Only answers under this pillar. */
  pillar?: Pillar;
  /**
   * Privacy floor: a theme must come from at least this many distinct huddles AND answers to be
   * shown. Never below 3 (values below are raised to 3), so one voice cannot be singled out.
   */
  minHuddles?: number;
  minAnswers?: number;
  /** How many suggested themes to return at most (curated ones are always returned). */
  maxThemes?: number;
  /**
   * At most this many evidence entries per theme, newest first (default: every matching
   * answer). Counts, series and pillars always cover every answer.
   */
  evidenceLimit?: number;
  curated?: CuratedThemeInput[];
  /**
   * Keys of suggestions a person hid. A key hides the suggestion whose key it is and any that
   * merged it in (so a hidden "paperwork" stays hidden when it is later shown as "paper work").
   * A plain word or phrase works too: it is normalised like answer text.
   */
  hiddenKeys?: string[];
  /** Keys of suggestions a person pinned: returned whenever they pass the privacy floor. */
  pinnedKeys?: string[];
  /**
   * Names of the team's people (members, and guests of its huddles, as entered: "Sam from
   * intake" names Sam). Their words, compared like answer words (case, possessive and stem
   * folded), are never a suggested theme nor part of one, and are never highlighted: a theme
   * must not single a person out. Used only to leave words out; nothing of it is returned.
   */
  personNames?: string[];
  /** Called now and then with progress (0..1) so a screen can show it. */
  onProgress?: (fraction: number) => void;
}

export type ThemeTrend = 'recurring' | 'emerging' | 'fading' | 'occasional';

export interface ThemePeriodCount {
  /** Start of the period (local calendar week starting Monday / month / quarter). */
  start: Millis;
  label: string;
  count: number;
}

/** The numbers behind a theme's trend, so a screen can say why ("in 9 of 12 weeks"). */
export interface ThemeTrendBasis {
  periodsWithData: number;
  periodsMentioned: number;
  earlierPeriods: number;
  earlierPeriodsMentioned: number;
  recentPeriods: number;
  recentPeriodsMentioned: number;
  earlierMentions: number;
  recentMentions: number;
  /** Answers analysed in the earlier / recent periods with data. */
  earlierAnswers: number;
  recentAnswers: number;
  /** Mentions per analysed answer in the earlier / recent periods with data. */
  earlierRate: number;
  recentRate: number;
}

export interface ThemeEvidence {
  responseId: string;
  /**
   * The surface words in the answer that matched (for highlighting), exactly as typed, e.g.
   * "Paperwork" or "paper-work". Empty for an answer only tagged by hand.
   */
  terms: string[];
}

export interface ThemeResult {
  /** Stable key of a suggestion (its normalised stemmed phrase) or `curated:<id>`. */
  key: string;
  label: string;
  /**
   * Surface forms merged into it, lowercase: its label first, then most frequent first
   * ("paperwork", "paper work", "paper-work"), then longer wordings folded into it ("drowning
   * in paperwork").
   */
  variants: string[];
  kind: 'suggested' | 'curated';
  curatedId?: string;
  pinned: boolean;
  trend: ThemeTrend;
  /** Answers that mention it. */
  count: number;
  /** Distinct huddles those answers came from. */
  huddles: number;
  /** One entry per period of the analysed range, oldest first (zeros included). */
  series: ThemePeriodCount[];
  pillars: { pillar: Pillar; count: number }[];
  /**
   * Ranking weight: answers × ln((analysed + 1) / answers), a TF-IDF over answers, times an
   * everyday-word weight (0..1, see everyday.ts) for a theme named by one common word.
   */
  score: number;
  /** Every answer that mentions it, newest first. */
  evidence: ThemeEvidence[];
  /** Why the trend is what it is (see TREND_RULES in trend.ts). */
  trendBasis?: ThemeTrendBasis;
}

export interface ThemeAnalysis {
  period: Period;
  periods: { start: Millis; label: string }[];
  /** Pinned first, then by score. */
  themes: ThemeResult[];
  answersAnalysed: number;
  /**
   * Themes held back by the privacy floor: suggestions that came up in at least two answers
   * and would have ranked among those shown, plus every curated theme not shown.
   */
  withheld: number;
  /**
   * Ids of curated themes not shown: below the privacy floor, or no matches yet (the two are
   * not told apart, so a count of one or two answers is never revealed).
   */
  curatedWithheld?: string[];
  /** The floor applied (after raising to at least 3), for an explanation on screen. */
  floor?: { huddles: number; answers: number };
}
