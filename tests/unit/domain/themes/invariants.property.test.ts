import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseThemes } from '../../../../src/domain/themes/analyse';
import type { ThemeAnswer } from '../../../../src/domain/themes/types';
import { PILLARS, type Pillar } from '../../../../src/domain/types';
import { huddleTime } from './fixtures';

const WORDS = [
  'paperwork',
  'paper',
  'work',
  'billing',
  'quotas',
  'supervision',
  'families',
  'family',
  'rota',
  'lunch',
  'the',
  'and',
  'of',
  'really',
  'just',
  'time',
  'intake',
  'form',
  'court',
  'visit',
  'Paperwork!',
  'paper-work',
  'team',
  'laughed',
  'İzmir',
  'care',
  'givers',
];

const history = fc.array(
  fc.record({
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }),
    punctuation: fc.constantFrom(' ', ', ', '. ', '\n'),
    huddle: fc.integer({ min: 0, max: 9 }),
    pillar: fc.constantFrom(...PILLARS),
  }),
  { maxLength: 80 },
);

interface Row {
  words: string[];
  punctuation: string;
  huddle: number;
  pillar: Pillar;
}

function toAnswers(rows: Row[]): ThemeAnswer[] {
  return rows.map((row, i) => ({
    id: `r${i}`,
    sessionId: `s${row.huddle}`,
    teamId: 't',
    pillar: row.pillar,
    createdAt: huddleTime(row.huddle, i),
    text: row.words.join(row.punctuation),
  }));
}

describe('theme analysis invariants', () => {
  it('never shows a theme below the floor, and its numbers add up', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 6 }), (rows, minHuddles) => {
        const answers = toAnswers(rows);
        const byId = new Map(answers.map((a) => [a.id, a]));
        const result = analyseThemes(answers, { period: 'week', minHuddles });
        const floor = Math.max(3, minHuddles);
        for (const theme of result.themes) {
          expect(theme.count).toBeGreaterThanOrEqual(3);
          expect(theme.huddles).toBeGreaterThanOrEqual(floor);
          expect(theme.evidence).toHaveLength(theme.count);
          const ids = theme.evidence.map((e) => e.responseId);
          expect(new Set(ids).size).toBe(ids.length);
          const sessions = new Set(ids.map((id) => byId.get(id)!.sessionId));
          expect(sessions.size).toBe(theme.huddles);
          expect(theme.series.reduce((n, s) => n + s.count, 0)).toBe(theme.count);
          expect(theme.pillars.reduce((n, p) => n + p.count, 0)).toBe(theme.count);
          for (const e of theme.evidence) {
            for (const term of e.terms) expect(byId.get(e.responseId)!.text).toContain(term);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same result whatever the order of the answers', () => {
    fc.assert(
      fc.property(history, (rows) => {
        const answers = toAnswers(rows);
        const shuffled = [...answers].reverse();
        expect(analyseThemes(shuffled, { period: 'month' })).toEqual(
          analyseThemes(answers, { period: 'month' }),
        );
      }),
      { numRuns: 40 },
    );
  });
});
