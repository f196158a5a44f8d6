import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROMPTS } from '../../../../src/domain/library/prompts';
import { mulberry32 } from '../../../../src/domain/library/random';
import {
  drawPrompts,
  indexPrompts,
  leastRecentPillar,
  type PromptUse,
  promptUsesFromSessions,
  type SessionForRotation,
} from '../../../../src/domain/library/rotation';
import type { Pillar, Prompt } from '../../../../src/domain/types';

function prompt(id: string, extra: Partial<Prompt> = {}): Prompt {
  return {
    id,
    pillar: 'learning',
    category: 'pillar',
    kind: 'text',
    text: id,
    builtIn: false,
    retired: false,
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  };
}

const POOL = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => prompt(id));

/** One huddle per inner list, most recent first, a day apart. */
function history(...huddles: string[][]): PromptUse[] {
  return huddles.flatMap((ids, i) =>
    ids.map((promptId) => ({ promptId, sessionId: `s${i}`, startedAt: 1_000_000 - i * 86_400 })),
  );
}

const ids = (prompts: Prompt[]) => prompts.map((p) => p.id);

describe('drawPrompts', () => {
  it('avoids prompts asked in the last huddles', () => {
    const recentUse = history(['a'], ['b'], ['c'], ['d']);
    for (let seed = 0; seed < 20; seed++) {
      const drawn = drawPrompts({
        prompts: POOL,
        pillar: 'learning',
        count: 2,
        recentUse,
        random: mulberry32(seed),
      });
      expect(ids(drawn).sort()).toEqual(['e', 'f']);
    }
  });

  it('only looks back avoidLast huddles', () => {
    const recentUse = history(['a'], ['b'], ['c'], ['d'], ['e']);
    const withoutF = POOL.filter((p) => p.id !== 'f');
    const draw = (avoidLast: number) =>
      ids(
        drawPrompts({
          prompts: withoutF,
          pillar: 'learning',
          count: 1,
          recentUse,
          avoidLast,
          random: mulberry32(1),
        }),
      );
    expect(draw(4)).toEqual(['e']);
    // Looking back further, everything is recent: the least recently asked comes first.
    expect(draw(10)).toEqual(['e']);
    expect(draw(2)).not.toEqual(['a']);
    expect(['c', 'd', 'e']).toContain(draw(2)[0]);
  });

  it('prefers prompts never asked over ones merely rested', () => {
    const recentUse = history(['a'], ['b'], ['c'], ['d'], ['e']);
    for (let seed = 0; seed < 10; seed++) {
      const drawn = drawPrompts({
        prompts: POOL,
        pillar: 'learning',
        count: 2,
        recentUse,
        random: mulberry32(seed),
      });
      expect(ids(drawn)).toEqual(['f', 'e']);
    }
  });

  it('falls back to the least recently used when every prompt is recent', () => {
    const recentUse = history(['a', 'b'], ['c', 'd'], ['e'], ['f']);
    const drawn = drawPrompts({
      prompts: POOL,
      pillar: 'learning',
      count: 3,
      recentUse,
      random: mulberry32(3),
    });
    // f is oldest, then e, then c/d (tied, order random).
    expect(ids(drawn).slice(0, 2)).toEqual(['f', 'e']);
    expect(['c', 'd']).toContain(drawn[2]?.id);
  });

  it('fills with fresh prompts first, then the oldest recent ones', () => {
    const recentUse = history(['a', 'b'], ['c', 'd'], ['e']);
    const drawn = drawPrompts({
      prompts: POOL,
      pillar: 'learning',
      count: 2,
      recentUse,
      random: mulberry32(9),
    });
    expect(ids(drawn)).toEqual(['f', 'e']);
  });

  it('counts only huddles that drew from the same pool', () => {
    const checkin = prompt('checkin', { category: 'checkin', pillar: 'relationships' });
    // Four quick check-ins after a deep dive that used a and b.
    const recentUse = history(['checkin'], ['checkin'], ['checkin'], ['checkin'], ['a', 'b']);
    const drawn = drawPrompts({
      prompts: [...POOL, checkin],
      pillar: 'learning',
      count: 4,
      recentUse,
      random: mulberry32(5),
    });
    expect(ids(drawn).sort()).toEqual(['c', 'd', 'e', 'f']);
  });

  it('never returns duplicates, and returns fewer when the pool is small', () => {
    const drawn = drawPrompts({
      prompts: [...POOL, ...POOL],
      pillar: 'learning',
      count: 10,
      recentUse: history(['a'], ['a'], ['b']),
      random: mulberry32(11),
    });
    expect(drawn).toHaveLength(6);
    expect(new Set(ids(drawn)).size).toBe(6);
  });

  it('skips retired prompts, other pillars, other categories and excluded ids', () => {
    const prompts = [
      prompt('live'),
      prompt('hidden', { retired: true }),
      prompt('other-pillar', { pillar: 'play' }),
      prompt('warmup', { category: 'warmup' }),
      prompt('taken'),
    ];
    const drawn = drawPrompts({
      prompts,
      pillar: 'learning',
      count: 5,
      recentUse: [],
      random: mulberry32(1),
      exclude: ['taken'],
    });
    expect(ids(drawn)).toEqual(['live']);
    const warm = drawPrompts({
      prompts,
      pillar: 'learning',
      category: 'warmup',
      count: 5,
      recentUse: [],
      random: mulberry32(1),
    });
    expect(ids(warm)).toEqual(['warmup']);
  });

  it('is deterministic for a seed, whatever order the library comes in', () => {
    const draw = (prompts: Prompt[], seed: number) =>
      ids(
        drawPrompts({
          prompts,
          pillar: 'learning',
          count: 3,
          recentUse: [],
          random: mulberry32(seed),
        }),
      );
    const reversed = [...POOL].reverse();
    expect(draw(POOL, 123)).toEqual(draw(POOL, 123));
    expect(draw(reversed, 123)).toEqual(draw(POOL, 123));
    const seen = new Set(Array.from({ length: 30 }, (_, seed) => draw(POOL, seed).join()));
    expect(seen.size).toBeGreaterThan(1);
  });

  it('returns nothing for a zero or negative count', () => {
    for (const count of [0, -2]) {
      expect(
        drawPrompts({
          prompts: POOL,
          pillar: 'learning',
          count,
          recentUse: [],
          random: Math.random,
        }),
      ).toEqual([]);
    }
  });

  it('cycles through a built-in pillar before repeating', () => {
    const library = BUILT_IN_PROMPTS;
    const pillars: Pillar[] = ['relationships', 'power'];
    for (const pillar of pillars) {
      const poolSize = library.filter((p) => p.pillar === pillar && p.category === 'pillar').length;
      const random = mulberry32(2026);
      const uses: PromptUse[] = [];
      const asked: string[] = [];
      // Two prompts a huddle: the first repeat may only come once every prompt has been asked.
      for (let week = 0; week < Math.floor(poolSize / 2); week++) {
        const drawn = drawPrompts({ prompts: library, pillar, count: 2, recentUse: uses, random });
        for (const p of drawn) {
          asked.push(p.id);
          uses.push({ promptId: p.id, sessionId: `w${week}`, startedAt: week * 604_800_000 });
        }
      }
      expect(new Set(asked).size, pillar).toBe(asked.length);
    }
  });
});

describe('promptUsesFromSessions', () => {
  const step = (promptIds: string[]) => ({
    planStepId: 'x',
    kind: 'prompts' as const,
    title: 'x',
    mode: 'round' as const,
    timeBoxSec: 60,
    promptIds,
    revealed: false,
  });

  it('counts only the steps a huddle reached', () => {
    const sessions: SessionForRotation[] = [
      { id: 'done', startedAt: 5, currentStep: 2, steps: [step(['a']), step(['b'])] },
      { id: 'mid', startedAt: 6, currentStep: 0, steps: [step(['c']), step(['d'])] },
      { id: 'lobby', startedAt: 7, currentStep: -1, steps: [step(['e'])] },
    ];
    expect(promptUsesFromSessions(sessions)).toEqual([
      { promptId: 'a', sessionId: 'done', startedAt: 5 },
      { promptId: 'b', sessionId: 'done', startedAt: 5 },
      { promptId: 'c', sessionId: 'mid', startedAt: 6 },
    ]);
  });
});

describe('leastRecentPillar', () => {
  const byId = indexPrompts(BUILT_IN_PROMPTS);
  const use = (promptId: string, startedAt: number): PromptUse => ({
    promptId,
    sessionId: `s${startedAt}`,
    startedAt,
  });

  it('suggests a pillar never explored, then the longest ago', () => {
    expect(leastRecentPillar(byId, [])).toBe('relationships');
    expect(leastRecentPillar(byId, [use('bi-rel-01', 1), use('bi-checkin-feeling', 9)])).toBe(
      'learning',
    );
    const all = [
      use('bi-rel-01', 5),
      use('bi-lrn-01', 2),
      use('bi-play-01', 4),
      use('bi-pow-01', 3),
      use('bi-par-01', 6),
    ];
    expect(leastRecentPillar(byId, all)).toBe('learning');
  });
});
