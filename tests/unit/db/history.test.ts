import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { addCommitment, reviewCommitment } from '../../../src/db/commitments';
import { db } from '../../../src/db/db';
import {
  chooseHistoryIndex,
  countHistory,
  type HistoryFilter,
  listHistoryPage,
} from '../../../src/db/history';
import { createPlan, createPrompt } from '../../../src/db/library';
import { abandonSession, completeSession, startSession } from '../../../src/db/sessions';
import { createTeam } from '../../../src/db/teams';
import type {
  Pillar,
  Plan,
  PlanStep,
  Session,
  SessionStatus,
  Team,
} from '../../../src/domain/types';
import { freshDatabase } from './testDb';

const DAY = 24 * 3600 * 1000;
const START = new Date('2026-01-05T09:00:00').getTime();

async function pillarPlan(name: string, pillars: Pillar[]): Promise<Plan> {
  const steps: PlanStep[] = [];
  for (const pillar of pillars) {
    const prompt = await createPrompt({ pillar, category: 'pillar', kind: 'text', text: name });
    steps.push({
      id: `${name}-${pillar}`,
      kind: 'prompts',
      title: pillar,
      source: { type: 'prompts', promptIds: [prompt.id] },
      mode: 'round',
      timeBoxSec: 60,
    });
  }
  steps.push({
    id: `${name}-c`,
    kind: 'commitments',
    title: 'Next',
    mode: 'round',
    timeBoxSec: 60,
  });
  return createPlan({ name, description: '', steps });
}

async function huddle(team: Team, plan: Plan, at: number, end: SessionStatus): Promise<Session> {
  vi.setSystemTime(at);
  const session = await startSession({
    teamId: team.id,
    plan,
    attendance: [],
    steps: plan.steps.map((s) => ({
      planStepId: s.id,
      kind: s.kind,
      title: s.title,
      mode: s.mode,
      timeBoxSec: s.timeBoxSec,
      promptIds: s.source?.type === 'prompts' ? s.source.promptIds : [],
      revealed: false,
    })),
  });
  if (end === 'completed') await completeSession(session.id);
  if (end === 'abandoned') await abandonSession(session.id);
  return session;
}

let teams: Team[] = [];
let all: Session[] = [];

/** Three teams, 150 huddles over five months, covering pillars unevenly, with ties in time. */
beforeAll(async () => {
  await freshDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  teams = [await createTeam('North'), await createTeam('South'), await createTeam('East')];
  const plans = [
    await pillarPlan('Connect', ['relationships', 'power']),
    await pillarPlan('Learn', ['learning']),
    await pillarPlan('Play', ['play', 'parallel']),
    await pillarPlan('Plain', []),
  ];
  for (let i = 0; i < 150; i += 1) {
    const team = teams[i % 3] as Team;
    const plan = plans[(i * 7) % 4] as Plan;
    // Every fifth pair of huddles (different teams) starts at the same millisecond.
    const at = START + Math.floor(i / 2) * DAY + (i % 10 < 2 ? 0 : (i % 2) * 3600_000);
    const end: SessionStatus = i % 11 === 0 ? 'abandoned' : 'completed';
    all.push(await huddle(team, plan, at, end));
  }
  // The newest huddle of East is still running.
  all.push(await huddle(teams[2] as Team, plans[0] as Plan, START + 200 * DAY, 'active'));
  all = await db.sessions.toArray();
  vi.useRealTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** The answer worked out the slow way: every session, filtered and sorted in memory. */
function expected(filter: HistoryFilter): string[] {
  return all
    .filter(
      (s) =>
        (!filter.teamId || s.teamId === filter.teamId) &&
        (!filter.status || s.status === filter.status) &&
        (!filter.pillar || s.pillars.includes(filter.pillar)) &&
        (filter.from === undefined || s.startedAt >= filter.from) &&
        (filter.to === undefined || s.startedAt < filter.to),
    )
    .sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1))
    .map((s) => s.id);
}

/** Walks every page, checking each is newest first and that nothing repeats. */
async function walk(filter: HistoryFilter, pageSize: number, maxScan?: number) {
  const ids: string[] = [];
  let cursor = null;
  let calls = 0;
  do {
    const page = await listHistoryPage(filter, cursor, { pageSize, maxScan });
    expect(page.sessions.length).toBeLessThanOrEqual(pageSize);
    if (maxScan) expect(page.scanned).toBeLessThanOrEqual(maxScan);
    ids.push(...page.sessions.map((s) => s.id));
    cursor = page.next;
    calls += 1;
    expect(calls).toBeLessThan(1_000);
  } while (cursor);
  expect(new Set(ids).size).toBe(ids.length);
  return ids;
}

const team = (i: number) => (teams[i] as Team).id;
const mid = START + 30 * DAY;
const late = START + 60 * DAY;

const FILTERS: [string, () => HistoryFilter][] = [
  ['nothing', () => ({})],
  ['team', () => ({ teamId: team(0) })],
  ['status', () => ({ status: 'abandoned' })],
  ['pillar', () => ({ pillar: 'learning' })],
  ['a pillar no huddle covers', () => ({ pillar: 'parallel', teamId: team(1), status: 'active' })],
  ['dates', () => ({ from: mid, to: late })],
  ['team + status', () => ({ teamId: team(2), status: 'active' })],
  ['team + pillar', () => ({ teamId: team(1), pillar: 'power' })],
  ['status + pillar', () => ({ status: 'completed', pillar: 'play' })],
  ['team + dates', () => ({ teamId: team(0), from: mid, to: late })],
  ['status + dates', () => ({ status: 'completed', from: mid })],
  ['pillar + dates', () => ({ pillar: 'relationships', to: late })],
  ['team + status + dates', () => ({ teamId: team(1), status: 'completed', from: mid, to: late })],
  ['everything', () => ({ teamId: team(0), status: 'completed', pillar: 'play', from: mid })],
];

describe('listHistoryPage', () => {
  it.each(FILTERS)('pages by %s: newest first, no duplicates, no gaps', async (_, make) => {
    const filter = make();
    const want = expected(filter);
    expect(await walk(filter, 7)).toEqual(want);
    expect(await walk(filter, 50)).toEqual(want);
  });

  it.each(FILTERS)('counts by %s without reading sessions', async (_, make) => {
    const filter = make();
    expect(await countHistory(filter)).toBe(expected(filter).length);
  });

  it('keeps huddles that started at the same moment across a page boundary', async () => {
    const ties = all.filter((s) => all.some((o) => o !== s && o.startedAt === s.startedAt));
    expect(ties.length).toBeGreaterThan(10);
    // Pages of one split every tied pair.
    expect(await walk({}, 1)).toEqual(expected({}));
  });

  it('reads one page, not the table', async () => {
    const page = await listHistoryPage({}, null, { pageSize: 20 });
    expect(page.sessions).toHaveLength(20);
    expect(page.scanned).toBe(20);
    expect(page.sessions.map((s) => s.id)).toEqual(expected({}).slice(0, 20));
    expect(page.next).toEqual({
      startedAt: page.sessions[19]?.startedAt,
      id: page.sessions[19]?.id,
    });
  });

  it('bounds the scan for a rare filter and says where to go on', async () => {
    const filter: HistoryFilter = { pillar: 'learning', status: 'abandoned' };
    const want = expected(filter);
    expect(want.length).toBeGreaterThan(0);
    const first = await listHistoryPage(filter, null, { pageSize: 50, maxScan: 10 });
    expect(first.scanned).toBe(10);
    expect(first.sessions.length).toBeLessThan(want.length);
    expect(first.next).not.toBeNull();
    expect(await walk(filter, 50, 10)).toEqual(want);
  });

  it('ends with next = null once nothing older is left', async () => {
    const filter: HistoryFilter = { teamId: team(2), status: 'active' };
    const page = await listHistoryPage(filter, null);
    expect(page.sessions).toHaveLength(1);
    expect(page.next).toBeNull();
  });

  it('counts the commitments made in each listed huddle, not carried copies', async () => {
    const [newest, older] = expected({ teamId: team(0) }) as [string, string];
    await addCommitment(older, { text: 'Call the school' });
    const kept = await addCommitment(older, { text: 'Fix the rota' });
    await reviewCommitment(kept.id, newest, 'carried');
    const page = await listHistoryPage({ teamId: team(0) }, null, { pageSize: 2 });
    expect(page.commitmentCounts[older]).toBe(2);
    expect(page.commitmentCounts[newest]).toBeUndefined();
  });
});

describe('chooseHistoryIndex', () => {
  it('walks the index that expresses the most of the filter', async () => {
    expect(await chooseHistoryIndex({})).toBe('startedAt');
    expect(await chooseHistoryIndex({ pillar: 'play' })).toBe('startedAt');
    expect(await chooseHistoryIndex({ teamId: team(0), pillar: 'play' })).toBe(
      '[teamId+startedAt]',
    );
    expect(await chooseHistoryIndex({ status: 'completed' })).toBe('[status+startedAt]');
  });

  it('with a team and a status, takes the smaller key range', async () => {
    // One active huddle in all vs ~50 of the team: the status range is smaller.
    expect(await chooseHistoryIndex({ teamId: team(2), status: 'active' })).toBe(
      '[status+startedAt]',
    );
    // ~136 completed huddles vs ~50 of the team: the team range is smaller.
    expect(await chooseHistoryIndex({ teamId: team(2), status: 'completed' })).toBe(
      '[teamId+startedAt]',
    );
  });
});
