// The planted shapes over two years: topics that recur, emerge and fade, and pulse trends.
import { describe, expect, it } from 'vitest';
import { sampleQuarter } from '../../../../src/domain/sample/time';
import { SAMPLE_PLANTED_TOPICS } from '../../../../src/domain/sample/topics';
import { NOW, sampleData } from './fixture';

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Answers of the topic's team that mention it, per quarter (0 = oldest, 7 = latest). */
function mentionsPerQuarter(topicId: string): number[] {
  const topic = SAMPLE_PLANTED_TOPICS.find((t) => t.id === topicId);
  const data = sampleData();
  const team = data.teams.find((t) => t.name === topic?.teamName);
  const quarters = new Array<number>(8).fill(0);
  for (const r of data.responses) {
    if (r.teamId !== team?.id || !r.text) continue;
    const text = r.text.toLowerCase();
    if (topic?.matches.some((m) => text.includes(m))) {
      const q = sampleQuarter(r.createdAt, NOW);
      quarters[q] = (quarters[q] ?? 0) + 1;
    }
  }
  return quarters;
}

describe('planted topics', () => {
  it('are data: three per team, one of each shape, with keywords the answers use', () => {
    const data = sampleData();
    for (const team of data.teams) {
      const planted = SAMPLE_PLANTED_TOPICS.filter((t) => t.teamName === team.name);
      expect(planted.map((t) => t.shape).sort()).toEqual(['emerging', 'fading', 'recurring']);
    }
    const texts = data.responses.map((r) => r.text?.toLowerCase() ?? '');
    for (const topic of SAMPLE_PLANTED_TOPICS) {
      for (const keyword of topic.keywords) {
        expect(texts.some((t) => t.includes(keyword))).toBe(true);
      }
    }
  });

  for (const topic of SAMPLE_PLANTED_TOPICS) {
    it(`${topic.id} is ${topic.shape}`, () => {
      const q = mentionsPerQuarter(topic.id);
      if (topic.shape === 'recurring') {
        // Present every quarter, and about as common in the second year as in the first.
        expect(Math.min(...q)).toBeGreaterThan(0);
        const [first, second] = [sum(q.slice(0, 4)), sum(q.slice(4))];
        expect(Math.abs(first - second) / (first + second)).toBeLessThan(0.3);
      } else if (topic.shape === 'emerging') {
        // Next to nothing for a year and a half, then the most recent quarter is full of it.
        expect(sum(q.slice(0, 6))).toBeLessThanOrEqual(8);
        expect(q[7]).toBeGreaterThanOrEqual(15);
        expect(q[7]).toBeGreaterThan(q[6] ?? 0);
      } else {
        // Common all through the first year, nearly gone in the last six months.
        expect(Math.min(...q.slice(0, 4))).toBeGreaterThanOrEqual(2);
        expect(sum(q.slice(0, 4)) / 4).toBeGreaterThan(8);
        expect(sum(q.slice(6))).toBeLessThanOrEqual(3);
      }
    });
  }
});

describe('pulse trends', () => {
  /** Mean pulse rating per quarter for one team. */
  function pulseByQuarter(prefix: string): number[] {
    const data = sampleData();
    const team = data.teams.find((t) => t.name.startsWith(prefix));
    const total = new Array<number>(8).fill(0);
    const count = new Array<number>(8).fill(0);
    for (const r of data.responses) {
      if (r.teamId !== team?.id || !r.promptId.startsWith('bi-pulse-') || !r.rating) continue;
      const q = sampleQuarter(r.createdAt, NOW);
      total[q] = (total[q] ?? 0) + r.rating;
      count[q] = (count[q] ?? 0) + 1;
    }
    return total.map((t, i) => t / (count[i] ?? 1));
  }

  it('improve steadily for the youth outreach team', () => {
    const q = pulseByQuarter('Youth');
    expect((q[7] ?? 0) - (q[0] ?? 0)).toBeGreaterThan(0.7);
    expect(sum(q.slice(4))).toBeGreaterThan(sum(q.slice(0, 4)));
  });

  it('dip and then recover for the family clinic', () => {
    const q = pulseByQuarter('Family');
    const low = Math.min(...q.slice(2, 6));
    expect((q[0] ?? 0) - low).toBeGreaterThan(0.5);
    expect((q[7] ?? 0) - low).toBeGreaterThan(0.5);
  });

  it('hold steady for residential care', () => {
    const q = pulseByQuarter('Residential');
    expect(Math.max(...q) - Math.min(...q)).toBeLessThan(0.5);
  });
});
