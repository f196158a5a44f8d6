import { describe, expect, it } from 'vitest';
import { analyseThemes } from '../../../../src/domain/themes/analyse';
import type { ThemeAnswer } from '../../../../src/domain/themes/types';
import { answer, huddleTime, plantedHistory } from './fixtures';

/**
 * Supervision comes up in three huddles (enough to show). The fire drill comes up twice, in two
 * huddles; the rota five times but only in two huddles: both are held back. Every other word is
 * said once.
 */
function smallHistory(): ThemeAnswer[] {
  const huddles = [
    [
      'Supervision untangled my Monday',
      'Fire drill interrupted the circle',
      'Rota changes confused everyone',
      'Rota swaps happened quietly',
    ],
    [
      'Honest supervision about boundaries',
      'Fire drill during lunch',
      'Rota gaps on Friday',
      'Rota fairness matters',
      'The rota was posted late',
    ],
    ['Supervision seemed rushed', 'Bright sunshine lifted moods'],
  ];
  return huddles.flatMap((texts, h) =>
    texts.map((text, k) => answer(text, huddleTime(h, k), `s${h}`)),
  );
}

const labels = (answers: ThemeAnswer[], options = {}) =>
  analyseThemes(answers, { period: 'week', ...options });

describe('privacy floor', () => {
  it('withholds themes from fewer than three huddles or answers, and counts them', () => {
    const result = labels(smallHistory());
    expect(result.themes.map((t) => t.label)).toEqual(['supervision']);
    expect(result.withheld).toBe(2); // the fire drill and the rota
    expect(result.floor).toEqual({ huddles: 3, answers: 3 });
  });

  it('can be raised but never lowered below three', () => {
    expect(labels(smallHistory(), { minHuddles: 1, minAnswers: 2 }).floor).toEqual({
      huddles: 3,
      answers: 3,
    });
    expect(labels(smallHistory(), { minHuddles: 0 }).themes.map((t) => t.label)).toEqual([
      'supervision',
    ]);
    expect(labels(smallHistory(), { minHuddles: Number.NaN }).floor?.huddles).toBe(3);

    const moreHuddles = labels(smallHistory(), { minHuddles: 4 });
    expect(moreHuddles.themes).toEqual([]);
    expect(moreHuddles.withheld).toBe(3);
    expect(labels(smallHistory(), { minAnswers: 4 }).themes).toEqual([]);

    // Paperwork comes up in twelve huddles: shown at a floor of twelve, held back at thirteen.
    const { answers } = plantedHistory();
    const at12 = labels(answers, { minHuddles: 12 });
    expect(at12.themes.map((t) => t.label)).toEqual(['paperwork']);
    expect(labels(answers, { minHuddles: 13 }).themes).toEqual([]);
  });

  it('holds back a curated theme below the floor: tags cannot single anyone out', () => {
    const answers = smallHistory();
    const fireDrill = answers.filter((a) => a.text.startsWith('Fire drill'));
    const result = labels(answers, {
      curated: [
        {
          id: 'c-fire',
          label: 'Fire drill',
          keywords: [],
          // Tagged by hand: still only two answers from two huddles.
          taggedResponseIds: fireDrill.map((a) => a.id),
          pinned: true,
          hidden: false,
        },
        {
          id: 'c-empty',
          label: 'Car pool',
          keywords: ['car pool'],
          taggedResponseIds: [],
          pinned: false,
          hidden: false,
        },
      ],
    });
    expect(result.themes.map((t) => t.label)).toEqual(['supervision']);
    expect(result.curatedWithheld).toEqual(['c-fire', 'c-empty']);
    // The rota, and both curated themes: one with two answers and one with none are counted
    // alike, so the count never tells whether a curated theme matched one or two answers.
    expect(result.withheld).toBe(3);
  });
});

describe('anonymity', () => {
  it('never lets a member id into the result, whatever the input carries', () => {
    const { answers } = plantedHistory();
    const withPeople = answers.map((a, i) => ({
      ...a,
      memberId: `member-secret-${i % 4}`,
      slot: i % 3,
    }));
    const result = analyseThemes(withPeople, {
      period: 'month',
      curated: [
        {
          id: 'c1',
          label: 'Paperwork',
          keywords: ['paperwork'],
          taggedResponseIds: [withPeople[1]!.id],
          pinned: false,
          hidden: false,
        },
      ],
    });
    expect(result.themes.length).toBeGreaterThan(0);
    const json = JSON.stringify(result);
    expect(json).not.toContain('memberId');
    expect(json).not.toContain('member-secret');
    expect(json).not.toContain('slot');
    // Evidence names answers, never people.
    for (const theme of result.themes) {
      for (const e of theme.evidence)
        expect(Object.keys(e).sort()).toEqual(['responseId', 'terms']);
    }
  });
});
