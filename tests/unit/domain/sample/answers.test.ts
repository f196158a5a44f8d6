import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROMPTS } from '../../../../src/domain/library/prompts';
import { generateAnswers, streamAnswers } from '../../../../src/domain/sample/answers';
import { SAMPLE_SPAN, WEEK } from '../../../../src/domain/sample/time';
import { SAMPLE_PLANTED_TOPICS } from '../../../../src/domain/sample/topics';
import { NOW, UUID_V4 } from './fixture';

const prompts = new Map(BUILT_IN_PROMPTS.map((p) => [p.id, p]));

describe('generateAnswers (bulk, for benchmarks)', () => {
  it('makes 10,000 answers quickly, the same ones for the same seed', () => {
    const started = performance.now();
    const a = generateAnswers({ count: 10_000, seed: 7, now: NOW });
    // ~20 ms on a laptop (500,000 stream in under a second); generous for CI.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(a).toHaveLength(10_000);
    expect(generateAnswers({ count: 10_000, seed: 7, now: NOW })).toEqual(a);
    const other = generateAnswers({ count: 10_000, seed: 8, now: NOW });
    expect(other.map((r) => r.text)).not.toEqual(a.map((r) => r.text));
  });

  it('streams exactly what generateAnswers returns', () => {
    const all = generateAnswers({ count: 500, seed: 3, now: NOW });
    expect([...streamAnswers({ count: 500, seed: 3, now: NOW })]).toEqual(all);
  });

  it('writes Response-shaped records over two years, anonymous steps without a person', () => {
    const answers = generateAnswers({ count: 10_000, seed: 7, now: NOW });
    const problems: string[] = [];
    for (const r of answers) {
      const prompt = prompts.get(r.promptId);
      const ok =
        UUID_V4.test(r.id) &&
        UUID_V4.test(r.sessionId) &&
        prompt?.pillar === r.pillar &&
        prompt.category === 'pillar' &&
        r.createdAt >= NOW - SAMPLE_SPAN &&
        r.createdAt <= NOW &&
        (r.stepIndex === 3 ? r.memberId === null : typeof r.memberId === 'string') &&
        (r.passed ? r.text === undefined : (r.text?.length ?? 0) > 0);
      if (!ok) problems.push(JSON.stringify(r));
    }
    expect(problems).toEqual([]);
    expect(new Set(answers.map((r) => r.id)).size).toBe(answers.length);
    expect(new Set(answers.map((r) => r.teamId)).size).toBe(3);
    const passed = answers.filter((r) => r.passed).length / answers.length;
    expect(passed).toBeGreaterThan(0.05);
    expect(passed).toBeLessThan(0.12);
  });

  it('spreads answers over the given teams', () => {
    const teams = ['team-a', 'team-b'];
    const answers = generateAnswers({ count: 1000, seed: 1, now: NOW, teams });
    expect(answers.filter((r) => r.teamId === 'team-a')).toHaveLength(500);
    expect(answers.filter((r) => r.teamId === 'team-b')).toHaveLength(500);
  });

  it('carries the planted topics with their shapes', () => {
    const answers = generateAnswers({ count: 60_000, seed: 2, now: NOW });
    const recent = (r: { createdAt: number }) => r.createdAt > NOW - 17 * WEEK;
    const old = (r: { createdAt: number }) => r.createdAt < NOW - 52 * WEEK;
    for (const topic of SAMPLE_PLANTED_TOPICS) {
      const mentions = answers.filter((r) =>
        topic.matches.some((m) => r.text?.toLowerCase().includes(m)),
      );
      const [inRecent, inOld] = [mentions.filter(recent).length, mentions.filter(old).length];
      // The recent window is 17 weeks, the old one 52: compare rates per week.
      if (topic.shape === 'emerging') expect(inRecent / 17).toBeGreaterThan((inOld / 52) * 5);
      if (topic.shape === 'fading') expect(inOld / 52).toBeGreaterThan((inRecent / 17) * 5);
      if (topic.shape === 'recurring') {
        expect(inRecent / 17).toBeGreaterThan((inOld / 52) * 0.6);
        expect(inRecent / 17).toBeLessThan((inOld / 52) * 1.6);
      }
    }
  });
});
