import { describe, expect, it } from 'vitest';
import { analyseThemes } from '../../../../src/domain/themes/analyse';
import { STOPWORDS } from '../../../../src/domain/themes/stopwords';
import { tokenize } from '../../../../src/domain/themes/tokenize';
import type { ThemeAnswer, ThemeResult } from '../../../../src/domain/themes/types';
import { answer, huddleTime, plantedHistory, spread } from './fixtures';

const byLabel = (themes: ThemeResult[], label: string) => themes.find((t) => t.label === label);
const mentioning = (themes: ThemeResult[], word: string) =>
  themes.filter((t) => t.variants.some((v) => v.includes(word)));

describe('analyseThemes on a planted history', () => {
  const { answers } = plantedHistory();
  const result = analyseThemes(answers, { period: 'week' });

  it('analyses every answer across twelve weekly periods', () => {
    expect(result.answersAnalysed).toBe(answers.length);
    expect(result.periods.map((p) => p.label)).toEqual([
      '2026-W02',
      '2026-W03',
      '2026-W04',
      '2026-W05',
      '2026-W06',
      '2026-W07',
      '2026-W08',
      '2026-W09',
      '2026-W10',
      '2026-W11',
      '2026-W12',
      '2026-W13',
    ]);
  });

  it('finds paperwork, every spelling merged into one recurring theme', () => {
    const paperwork = mentioning(result.themes, 'paper');
    expect(paperwork).toHaveLength(1);
    const theme = paperwork[0]!;
    expect(theme.label).toBe('paperwork');
    expect(theme.key).toBe('paperwork');
    expect(theme.variants).toEqual(
      expect.arrayContaining(['paperwork', 'paper work', 'paper-work']),
    );
    expect(theme.trend).toBe('recurring');
    expect(theme.count).toBe(24);
    expect(theme.huddles).toBe(12);
    expect(theme.series.every((s) => s.count === 2)).toBe(true);
    // "the paperwork" and "Paperwork!" are the same theme.
    const texts = theme.evidence.map((e) => answers.find((a) => a.id === e.responseId)!.text);
    expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/the paperwork/)]));
    expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/^Paperwork!/)]));
  });

  it('classifies the new intake form as emerging and the parking garage as fading', () => {
    const intake = mentioning(result.themes, 'intake form');
    expect(intake).toHaveLength(1);
    expect(intake[0]!.label).toBe('intake form');
    expect(intake[0]!.trend).toBe('emerging');
    expect(intake[0]!.series.slice(8).every((s) => s.count >= 2)).toBe(true);

    const parking = byLabel(result.themes, 'parking garage');
    expect(parking?.trend).toBe('fading');
    expect(parking?.series.slice(6).every((s) => s.count === 0)).toBe(true);
    expect(parking?.trendBasis).toMatchObject({ periodsWithData: 12, recentMentions: 0 });
  });

  it('never makes a theme of stopwords, nor starts or ends one with a stopword', () => {
    expect(result.themes.length).toBeGreaterThan(3);
    for (const theme of result.themes) {
      for (const form of [theme.label, ...theme.variants]) {
        const words = tokenize(form);
        expect(STOPWORDS.has(words[0]!), form).toBe(false);
        expect(STOPWORDS.has(words.at(-1)!), form).toBe(false);
      }
    }
  });

  it('lists every matching answer as evidence, newest first, with the words as typed', () => {
    const theme = byLabel(result.themes, 'paperwork')!;
    expect(theme.evidence).toHaveLength(theme.count);
    const times = theme.evidence.map((e) => answers.find((a) => a.id === e.responseId)!.createdAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const terms = new Set(theme.evidence.flatMap((e) => e.terms));
    expect([...terms].sort()).toEqual(['Paperwork', 'paper work', 'paper-work', 'paperwork']);
    for (const e of theme.evidence) {
      const text = answers.find((a) => a.id === e.responseId)!.text;
      for (const term of e.terms) expect(text).toContain(term);
    }
  });

  it('counts pillars per theme', () => {
    expect(byLabel(result.themes, 'paperwork')?.pillars).toEqual([
      { pillar: 'relationships', count: 24 },
    ]);
  });

  it('is deterministic, whatever the order of the input', () => {
    const again = analyseThemes([...answers].reverse(), { period: 'week' });
    expect(again).toEqual(result);
  });
});

describe('phrases', () => {
  const weekly = (texts: string[]): ThemeAnswer[] =>
    texts.map((text, i) => answer(text, huddleTime(i), `s${i}`));

  it('never joins words across punctuation or line breaks', () => {
    const result = analyseThemes(
      weekly([
        'Paperwork. Billing took the rest of the day',
        'Paperwork, billing, and then more forms',
        'Paperwork\nBilling deadlines again',
        'Paperwork; billing codes changed',
      ]),
      { period: 'week' },
    );
    const forms = result.themes.flatMap((t) => [t.label, ...t.variants]);
    expect(forms).toContain('paperwork');
    expect(forms).toContain('billing');
    expect(forms).not.toContain('paperwork billing');
  });

  it('names a word said nearly always inside a longer phrase by that phrase', () => {
    const result = analyseThemes(
      weekly([
        'Billing quotas again pushed me to rush a visit',
        'The billing quota meeting felt like numbers over people',
        'Worried about billing quotas when families cancel',
        'Billing quotas are up for review in spring',
        'Our manager defended us on billing',
      ]),
      { period: 'week' },
    );
    const billing = mentioning(result.themes, 'billing');
    expect(billing).toHaveLength(1);
    expect(billing[0]!.label).toBe('billing quotas');
    expect(billing[0]!.count).toBe(5);
  });

  it('does not count words that only repeat the question', () => {
    const goal = 'What is your goal today?';
    const answers = [
      'My goal is to finish the housing letter',
      'Goal: call the school about transport',
      'My goal is one calm lunch break',
      'Goal for today is the court report',
      'My goal is catching up on the housing forms',
    ].map((text, i) => answer(text, huddleTime(i), `s${i}`, { prompt: goal }));
    const result = analyseThemes(answers, { period: 'week' });
    expect(mentioning(result.themes, 'goal')).toEqual([]);
    // Without the question, "goal" is what keeps coming up.
    const plain = analyseThemes(
      answers.map(({ prompt: _, ...a }) => a),
      { period: 'week' },
    );
    expect(mentioning(plain.themes, 'goal')).toHaveLength(1);

    // Said under another question (or none), "goal" counts again.
    const feeling = 'How are you feeling?';
    const mixed = [
      ...answers,
      answer('Anxious about my goal of closing two cases', huddleTime(0, 30), 's0', {
        prompt: feeling,
      }),
      answer('Calm, the goal for the month is clear', huddleTime(1, 30), 's1', { prompt: feeling }),
      answer('Our shared goal helped in the crisis', huddleTime(2, 30), 's2'),
    ];
    const theme = mentioning(analyseThemes(mixed, { period: 'week' }).themes, 'goal');
    expect(theme.map((t) => t.count)).toEqual([3]);
  });

  it('returns at most maxThemes suggestions, the strongest first', () => {
    const { answers } = plantedHistory();
    const result = analyseThemes(answers, { period: 'week', maxThemes: 2 });
    expect(result.themes).toHaveLength(2);
    expect(result.themes[0]!.label).toBe('paperwork');
    expect(result.themes[0]!.score).toBeGreaterThanOrEqual(result.themes[1]!.score);
  });

  it('leaves out hidden suggestions by key or by plain word, and marks pinned ones', () => {
    const { answers } = plantedHistory();
    const shown = analyseThemes(answers, { period: 'week' });
    expect(shown.themes.map((t) => t.key)).toContain('paperwork');
    // A hidden key takes out the theme and every spelling merged into it.
    for (const hiddenKeys of [['paperwork'], ['Paper work'], ['paper-work']]) {
      const hidden = analyseThemes(answers, { period: 'week', hiddenKeys });
      expect(hidden.themes.map((t) => t.key)).not.toContain('paperwork');
      for (const theme of hidden.themes) {
        expect(theme.variants).not.toEqual(expect.arrayContaining(['paper work']));
      }
    }

    const pinned = analyseThemes(answers, {
      period: 'week',
      maxThemes: 1,
      pinnedKeys: ['parking garage'],
    });
    expect(pinned.themes.map((t) => [t.label, t.pinned])).toEqual([
      ['parking garage', true],
      ['paperwork', false],
    ]);
  });

  it('cuts evidence words exactly even when lowercasing changes their length', () => {
    // "İ" lowercases to two characters ("i" and a combining dot).
    const result = analyseThemes(
      weekly([
        'The İzmir trip was a gift',
        'Photos from İzmir made everyone smile',
        'İzmir again next spring?',
      ]),
      { period: 'week' },
    );
    const theme = result.themes.find((t) => t.evidence.some((e) => e.terms.includes('İzmir')));
    expect(theme?.evidence.map((e) => e.terms)).toEqual([['İzmir'], ['İzmir'], ['İzmir']]);
  });

  it('reports progress from 0 to 1, never going back', () => {
    const fractions: number[] = [];
    analyseThemes(spread('Supervision helped a lot', 6, 3), {
      period: 'week',
      onProgress: (f) => fractions.push(f),
    });
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('analyses nothing gracefully', () => {
    expect(analyseThemes([], { period: 'month' })).toMatchObject({
      periods: [],
      themes: [],
      answersAnalysed: 0,
      withheld: 0,
    });
    const blank = analyseThemes([answer('  …  ', huddleTime(0), 's0')], { period: 'month' });
    expect(blank.answersAnalysed).toBe(0);
  });
});
