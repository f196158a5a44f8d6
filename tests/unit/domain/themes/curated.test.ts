import { describe, expect, it } from 'vitest';
import { analyseThemes } from '../../../../src/domain/themes/analyse';
import type { CuratedThemeInput, ThemeAnswer } from '../../../../src/domain/themes/types';
import { answer, huddleTime, plantedHistory } from './fixtures';

function curated(over: Partial<CuratedThemeInput> & { id: string }): CuratedThemeInput {
  return {
    label: over.id,
    keywords: [],
    taggedResponseIds: [],
    pinned: false,
    hidden: false,
    ...over,
  };
}

const weekly = (texts: string[]): ThemeAnswer[] =>
  texts.map((text, i) => answer(text, huddleTime(i), `s${i}`));

describe('curated themes', () => {
  it('match their keywords stemmed: "family" finds families and a family’s', () => {
    const answers = weekly([
      'Two families cancelled because of the bus strike',
      "A family's complaint about the rota was fair",
      'The family meeting went better than expected',
      'I spent the morning on a housing appeal',
    ]);
    const result = analyseThemes(answers, {
      period: 'week',
      curated: [curated({ id: 'c-fam', label: 'Families', keywords: ['family'] })],
    });
    const theme = result.themes.find((t) => t.key === 'curated:c-fam');
    expect(theme).toMatchObject({ kind: 'curated', curatedId: 'c-fam', label: 'Families' });
    expect(theme?.count).toBe(3);
    expect(theme?.huddles).toBe(3);
    expect(theme?.evidence.map((e) => e.terms)).toEqual([['family'], ["family's"], ['families']]);
    expect(theme?.variants).toEqual(expect.arrayContaining(['families', "family's", 'family']));
  });

  it('match several words in a row, and spellings with or without a space or hyphen', () => {
    const answers = weekly([
      'Billing quotas pushed me to rush',
      'The billing-quota meeting was tense',
      'So much paper work this week',
      'Paperwork again after every visit',
      'The paper-work for the audit',
      'Worried about billing quotas when families cancel',
      'Billing was late but quotas were met', // not "billing quota" in a row
    ]);
    const result = analyseThemes(answers, {
      period: 'week',
      curated: [
        curated({ id: 'c-billing', keywords: ['Billing quota'] }),
        curated({ id: 'c-paper', keywords: ['paperwork'] }),
        curated({ id: 'c-paper2', keywords: ['paper work'] }),
      ],
    });
    const count = (id: string) => result.themes.find((t) => t.curatedId === id)?.count;
    expect(count('c-billing')).toBe(3);
    expect(count('c-paper')).toBe(3);
    expect(count('c-paper2')).toBe(3);
  });

  it('count answers tagged by hand, with nothing to highlight when no keyword matched', () => {
    const answers = weekly([
      'Waiting lists are growing',
      'Nobody could say when the waitlist would move',
      'Three families still waiting for a first appointment',
      'The heating broke again',
    ]);
    const result = analyseThemes(answers, {
      period: 'week',
      curated: [
        curated({
          id: 'c-wait',
          label: 'Waiting times',
          keywords: ['waiting list'],
          taggedResponseIds: [answers[1]!.id, answers[2]!.id],
        }),
      ],
    });
    const theme = result.themes.find((t) => t.curatedId === 'c-wait');
    expect(theme?.count).toBe(3);
    expect(theme?.evidence).toEqual([
      { responseId: answers[2]!.id, terms: [] }, // tagged only
      { responseId: answers[1]!.id, terms: ['waitlist'] }, // tagged, and the words run together
      { responseId: answers[0]!.id, terms: ['Waiting lists'] },
    ]);
  });

  it('are tracked over time like suggestions, and replace a suggestion with the same key', () => {
    const { answers } = plantedHistory();
    const result = analyseThemes(answers, {
      period: 'week',
      curated: [
        curated({ id: 'c-park', label: 'Parking', keywords: ['parking garage'] }),
        curated({ id: 'c-paper', label: 'Forms and paperwork', keywords: ['paperwork'] }),
      ],
    });
    const parking = result.themes.find((t) => t.curatedId === 'c-park');
    expect(parking?.trend).toBe('fading');
    expect(parking?.series.map((s) => s.count)).toEqual([2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0]);
    expect(result.themes.find((t) => t.curatedId === 'c-paper')?.trend).toBe('recurring');
    expect(result.themes.map((t) => t.key)).not.toContain('paperwork');
    expect(result.themes.map((t) => t.key)).not.toContain('parkinggarag');
  });

  it('leave out curated themes a person hid, and put pinned ones first', () => {
    const { answers } = plantedHistory();
    const result = analyseThemes(answers, {
      period: 'week',
      curated: [
        curated({ id: 'c-park', keywords: ['parking'], hidden: true }),
        curated({ id: 'c-form', keywords: ['intake form'], pinned: true }),
      ],
    });
    expect(result.themes.map((t) => t.curatedId)).not.toContain('c-park');
    expect(result.themes[0]?.curatedId).toBe('c-form');
    expect(result.curatedWithheld).toEqual([]);
  });
});

describe('pillar filter', () => {
  it('analyses only answers under the pillar, and counts pillars per theme', () => {
    const { answers } = plantedHistory();
    const mixed = answers.map((a, i) => ({ ...a, pillar: i % 2 ? 'power' : 'learning' }) as const);
    const all = analyseThemes(mixed, { period: 'week' });
    const paperwork = all.themes.find((t) => t.key === 'paperwork');
    expect(paperwork?.pillars.reduce((n, p) => n + p.count, 0)).toBe(24);
    expect(paperwork?.pillars.map((p) => p.pillar).sort()).toEqual(['learning', 'power']);

    const power = analyseThemes(mixed, { period: 'week', pillar: 'power' });
    expect(power.answersAnalysed).toBe(mixed.filter((a) => a.pillar === 'power').length);
    const ids = new Set(mixed.filter((a) => a.pillar === 'power').map((a) => a.id));
    for (const theme of power.themes) {
      expect(theme.pillars.map((p) => p.pillar)).toEqual(['power']);
      for (const e of theme.evidence) expect(ids.has(e.responseId)).toBe(true);
    }
  });
});
