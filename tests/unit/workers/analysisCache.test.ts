import { beforeEach, describe, expect, it } from 'vitest';
import {
  ANALYSIS_CACHE_LIMIT,
  readAnalysisFingerprint,
  writeCachedAnalysis,
} from '../../../src/db/analysisCache';
import { db } from '../../../src/db/db';
import { setAttendance } from '../../../src/db/sessions';
import { addMember, renameMember } from '../../../src/db/teams';
import type { Response, Session } from '../../../src/domain/types';
import { runCached } from '../../../src/workers/cachedAnalysis';
import { createThemesHandler } from '../../../src/workers/themes.worker';
import type { ThemesFromWorker, ThemesRequest } from '../../../src/workers/themesProtocol';
import { freshDatabase } from '../db/testDb';

const T0 = new Date(2026, 0, 5, 9, 30).getTime();
const WEEK = 7 * 86_400_000;

function answer(i: number, text = 'The paperwork piled up again'): Response {
  return {
    id: `r${i}`,
    sessionId: `s${i}`,
    teamId: 'team-a',
    stepIndex: 0,
    promptId: 'p-any',
    pillar: 'relationships',
    memberId: null,
    passed: false,
    text,
    createdAt: T0 + i * WEEK,
    updatedAt: T0 + i * WEEK,
  };
}

/** A huddle in the lobby, so its guests can still be changed. */
function activeHuddle(id: string): Session {
  return {
    id,
    teamId: 'team-a',
    planId: 'plan',
    planName: 'Plan',
    status: 'active',
    currentStep: -1,
    steps: [],
    attendance: [],
    guests: [],
    startedAt: T0,
    endedAt: null,
    pillars: [],
    createdAt: T0,
    updatedAt: T0,
  };
}

function request(id: number, to = T0 + 52 * WEEK): ThemesRequest {
  return {
    type: 'analyse',
    id,
    teamId: 'team-a',
    options: { period: 'week', from: T0 - WEEK, to },
    cache: { view: '12m' },
  };
}

async function run(message: ThemesRequest): Promise<ThemesFromWorker[]> {
  const posted: ThemesFromWorker[] = [];
  await createThemesHandler((m) => posted.push(m))(message);
  return posted;
}

const kinds = (posted: ThemesFromWorker[]) =>
  posted.filter((m) => m.type !== 'progress').map((m) => m.type);

beforeEach(async () => {
  await freshDatabase();
  await db.responses.bulkAdd([0, 1, 2, 3].map((i) => answer(i)));
});

describe('the themes worker with a cache', () => {
  it('computes once, then answers the same request from the stored result', async () => {
    const first = await run(request(1));
    expect(kinds(first)).toEqual(['result']);
    const computed = first.at(-1);
    expect(computed?.type === 'result' && computed.timings?.cached).toBe(false);
    expect(await db.analysisCache.count()).toBe(1);

    const second = await run(request(2));
    expect(second.map((m) => m.type)).toEqual(['result']);
    const cached = second[0];
    expect(cached?.type === 'result' && cached.timings?.cached).toBe(true);
    if (computed?.type !== 'result' || cached?.type !== 'result') return;
    expect(cached.analysis).toEqual(computed.analysis);
  });

  it('shows the stored result as stale when an answer was written, then the fresh one', async () => {
    await run(request(1));
    await db.responses.add(answer(4, 'Paperwork again, and more paperwork'));
    const posted = await run(request(2));
    expect(kinds(posted)).toEqual(['stale', 'result']);
    const [stale, fresh] = posted.filter((m) => m.type !== 'progress');
    expect(stale?.type === 'stale' && stale.analysis.answersAnalysed).toBe(4);
    expect(fresh?.type === 'result' && fresh.analysis.answersAnalysed).toBe(5);
    expect(fresh?.type === 'result' && fresh.timings?.cached).toBe(false);
    // The fresh result replaced the stored one: the next visit needs no work.
    expect(kinds(await run(request(3)))).toEqual(['result']);
  });

  it('treats other dates for the same view as stale, and another view as unknown', async () => {
    await run(request(1));
    expect(kinds(await run(request(2, T0 + 53 * WEEK)))).toEqual(['stale', 'result']);
    const otherView = await run({ ...request(3), cache: { view: 'all' } });
    expect(kinds(otherView)).toEqual(['result']);
    expect(await db.analysisCache.count()).toBe(2);
  });

  it('keeps nothing when the request does not ask for it', async () => {
    const posted = await run({ ...request(1), cache: undefined } as unknown as ThemesRequest);
    expect(kinds(posted)).toEqual(['result']);
    expect(await db.analysisCache.count()).toBe(0);
  });
});

describe('the analysis cache', () => {
  it('changes its fingerprint with answers, themes, tags, people and prompts', async () => {
    const seen = new Set([await readAnalysisFingerprint()]);
    await db.responses.put({ ...answer(0), text: 'edited', updatedAt: T0 + 99 * WEEK });
    seen.add(await readAnalysisFingerprint());
    await db.themes.add({
      id: 't1',
      teamId: 'team-a',
      label: 'Paperwork',
      keywords: [],
      pinned: false,
      hidden: false,
      curated: true,
      createdAt: T0,
      updatedAt: T0,
    });
    seen.add(await readAnalysisFingerprint());
    await db.members.add({
      id: 'm1',
      teamId: 'team-a',
      name: 'Ana',
      archived: false,
      createdAt: T0,
      updatedAt: T0,
    });
    seen.add(await readAnalysisFingerprint());
    await db.responses.delete('r1');
    seen.add(await readAnalysisFingerprint());
    expect(seen.size).toBe(5);
  });

  it('takes the answers part from the page’s data version when it is given', async () => {
    const calls: string[] = [];
    const options = (dataVersion: string) => ({
      kind: 'themes' as const,
      teamId: 'team-a',
      view: '6m',
      request: { a: 1 },
      dataVersion,
      compute: async () => {
        calls.push(`compute ${dataVersion}`);
        return dataVersion;
      },
      onStale: (value: string) => calls.push(`stale ${value}`),
    });
    await (await runCached(options('v1'))).store();
    expect((await runCached(options('v1'))).cached).toBe(true);
    // A new page version (an answer written) makes it stale…
    await (await runCached(options('v2'))).store();
    // …and so does a change the page version does not cover (a named theme).
    await db.themes.add({
      id: 't1',
      teamId: 'team-a',
      label: 'Paperwork',
      keywords: [],
      pinned: false,
      hidden: false,
      curated: true,
      createdAt: T0,
      updatedAt: T0,
    });
    expect((await runCached(options('v2'))).cached).toBe(false);
    expect(calls).toEqual(['compute v1', 'stale v1', 'compute v2', 'stale v2', 'compute v2']);
  });

  it('sees a guest added to a huddle and a member renamed, with no new answer', async () => {
    // The page's data version (answers and commitments) stays the same throughout.
    const attempt = () =>
      runCached({
        kind: 'themes',
        teamId: 'team-a',
        view: '6m',
        request: { a: 1 },
        dataVersion: 'v1',
        compute: async () => 'value',
        onStale: () => {},
      });
    const cached = async () => (await attempt()).cached;
    const store = async () => (await attempt()).store();
    await db.teams.add({
      id: 'team-a',
      name: 'Team A',
      archived: false,
      agreements: [],
      createdAt: T0,
      updatedAt: T0,
    });
    const member = await addMember('team-a', 'Ana');
    await db.sessions.add(activeHuddle('s9'));
    await store();
    expect(await cached()).toBe(true);
    await setAttendance('s9', [], [{ id: 'g1', name: 'Zed from intake' }]);
    expect(await cached()).toBe(false);
    await store();
    expect(await cached()).toBe(true);
    await renameMember(member.id, 'Anabel');
    expect(await cached()).toBe(false);
  });

  it('never serves a theme named after a guest added since it was stored', async () => {
    await db.responses.bulkAdd(
      [4, 5, 6, 7, 8].map((i) => answer(i, `Zed covered the rota for me ${i}`)),
    );
    await db.sessions.add(activeHuddle('s9'));
    const withVersion = (id: number): ThemesRequest => ({
      ...request(id),
      cache: { view: '12m', dataVersion: 'v1' },
    });
    const labels = (m: ThemesFromWorker | undefined) =>
      m?.type === 'result' || m?.type === 'stale' ? m.analysis.themes.map((t) => t.label) : [];
    const first = await run(withVersion(1));
    expect(labels(first.at(-1)).join(' | ')).toMatch(/\bzed\b/);
    await setAttendance('s9', [], [{ id: 'g1', name: 'Zed' }]);
    const posted = (await run(withVersion(2))).filter((m) => m.type !== 'progress');
    expect(posted.map((m) => m.type)).toEqual(['stale', 'result']);
    expect(labels(posted.at(-1)).join(' | ')).not.toMatch(/\bzed\b/);
    expect(labels(posted.at(-1))).toContain('rota');
  });

  it('keeps the newest entries only', async () => {
    for (let i = 0; i < ANALYSIS_CACHE_LIMIT + 3; i += 1) {
      await writeCachedAnalysis({
        id: `themes|team-${i}|6m`,
        kind: 'themes',
        teamId: `team-${i}`,
        request: '{}',
        fingerprint: 'f',
        build: 'b',
        value: i,
      });
    }
    expect(await db.analysisCache.count()).toBe(ANALYSIS_CACHE_LIMIT);
    expect(await db.analysisCache.get('themes|team-0|6m')).toBeUndefined();
    expect(await db.analysisCache.get(`themes|team-${ANALYSIS_CACHE_LIMIT + 2}|6m`)).toBeDefined();
  });

  it('never serves a result of another build as fresh or stale', async () => {
    const calls: string[] = [];
    const options = {
      kind: 'team-insights' as const,
      teamId: 'team-a',
      view: '6m',
      request: { a: 1 },
      compute: async () => {
        calls.push('compute');
        return 42;
      },
      onStale: () => calls.push('stale'),
    };
    const first = await runCached(options);
    await first.store();
    expect((await runCached(options)).cached).toBe(true);
    const [entry] = await db.analysisCache.toArray();
    await db.analysisCache.put({ ...entry!, build: 'an-older-build' });
    const again = await runCached(options);
    expect(again.cached).toBe(false);
    expect(calls).toEqual(['compute', 'compute']);
  });
});
