// The theme engine against the sample organisation, read the way the themes worker reads it:
// every planted topic found under its own name and shape, and no person or everyday word made
// a theme. This is what "Explore with sample data" shows a leader first.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROMPTS } from '../../../../src/domain/library/prompts';
import { generateSampleData, type SampleData } from '../../../../src/domain/sample/generate';
import { SAMPLE_PLANTED_TOPICS } from '../../../../src/domain/sample/topics';
import { analyseThemes } from '../../../../src/domain/themes/analyse';
import { nameWords } from '../../../../src/domain/themes/people';
import type { Period, ThemeAnalysis, ThemeAnswer } from '../../../../src/domain/themes/types';
import { NOW, sampleData } from './fixture';

const PROMPTS = new Map(BUILT_IN_PROMPTS.map((p) => [p.id, p.text]));
/** Lowercase letters and digits only: "short-staffed" and "short staffed" compare equal. */
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Two ends of the two years: the shared fixture's, and another half a year later (the same
 * people and words, a calendar shifted under them), so a classification that only holds for
 * one calendar is caught.
 */
const LATER = Date.UTC(2026, 11, 3, 12, 0, 0);
let later: SampleData | null = null;
const dataAt = (now: number) => {
  if (now === NOW) return sampleData();
  later ??= generateSampleData({ now: LATER });
  return later;
};

function teamInput(teamName: string, now: number) {
  const data = dataAt(now);
  const team = data.teams.find((t) => t.name === teamName)!;
  const answers: ThemeAnswer[] = data.responses
    .filter((r) => r.teamId === team.id && !r.passed && r.text?.trim())
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((r) => ({
      id: r.id,
      sessionId: r.sessionId,
      teamId: r.teamId,
      pillar: r.pillar,
      createdAt: r.createdAt,
      text: r.text!,
      prompt: PROMPTS.get(r.promptId),
    }));
  const personNames = [
    ...data.members.filter((m) => m.teamId === team.id).map((m) => m.name),
    ...data.sessions
      .filter((s) => s.teamId === team.id)
      .flatMap((s) => s.guests.map((g) => g.name)),
  ];
  return { answers, personNames };
}

const TEAMS = [...new Set(SAMPLE_PLANTED_TOPICS.map((t) => t.teamName))];
const cache = new Map<string, ThemeAnalysis>();
function analysis(teamName: string, period: Period, now: number): ThemeAnalysis {
  const key = `${teamName}:${period}:${now}`;
  let result = cache.get(key);
  if (!result) {
    const { answers, personNames } = teamInput(teamName, now);
    result = analyseThemes(answers, { period, personNames });
    cache.set(key, result);
  }
  return result;
}

const CASES = [NOW, LATER].flatMap((now) =>
  (['quarter', 'month', 'week'] as const).map((period) => ({
    now,
    period,
    name: `by ${period}, all time, ending ${new Date(now).toISOString().slice(0, 10)}`,
  })),
);

describe.each(CASES)('sample themes $name', ({ now, period }) => {
  describe.each(TEAMS)('%s', (teamName) => {
    it('finds each planted topic by name, in the group of its shape', () => {
      const { themes } = analysis(teamName, period, now);
      for (const topic of SAMPLE_PLANTED_TOPICS.filter((t) => t.teamName === teamName)) {
        const theme = themes.find((t) =>
          topic.keywords.some((k) => squash(t.label).includes(squash(k))),
        );
        expect(
          theme,
          `${topic.label} among ${themes.map((t) => t.label).join(', ')}`,
        ).toBeDefined();
        expect(theme?.trend, topic.label).toBe(topic.shape);
      }
    });

    it('never names a member or a guest', () => {
      const { themes } = analysis(teamName, period, now);
      const { personNames } = teamInput(teamName, now);
      const names = new Set(personNames.flatMap(nameWords).filter((w) => w.length > 1));
      expect(names.size).toBeGreaterThan(5);
      for (const theme of themes) {
        const words = [theme.label, ...theme.variants, ...theme.evidence.flatMap((e) => e.terms)]
          .join(' ')
          .toLowerCase()
          .split(/[^\p{L}'-]+/u)
          .map((w) => w.replace(/'s$/, ''));
        expect(
          words.filter((w) => names.has(w)),
          theme.label,
        ).toEqual([]);
      }
    });

    it('lists each theme’s name first among its wordings (screens show the rest as “Also”)', () => {
      for (const theme of analysis(teamName, period, now).themes) {
        expect(theme.variants[0], theme.label).toBe(theme.label);
        expect(new Set(theme.variants).size).toBe(theme.variants.length);
      }
    });

    it('makes no theme of a word everybody says anyway', () => {
      const labels = analysis(teamName, period, now).themes.map((t) => t.label);
      for (const word of ['young', 'ask', 'time', 'help', 'hard', 'back', 'need', 'people']) {
        expect(labels).not.toContain(word);
      }
    });
  });
});
