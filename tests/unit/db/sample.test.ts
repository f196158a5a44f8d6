import { beforeEach, describe, expect, it } from 'vitest';
import { installBuiltIns } from '../../../src/db/builtIns';
import { addCommitment, reviewCommitment } from '../../../src/db/commitments';
import { saveDraft } from '../../../src/db/drafts';
import { saveAnswer } from '../../../src/db/responses';
import { hasSampleData, loadSampleData, removeSampleData } from '../../../src/db/sample';
import type { AppDB } from '../../../src/db/schema';
import { completeSession, startSession } from '../../../src/db/sessions';
import { huddleSnapshotKey, writeSetting } from '../../../src/db/settings';
import { addMember, createTeam } from '../../../src/db/teams';
import { createTheme, tagResponse } from '../../../src/db/themes';
import { BUILT_IN_PLANS } from '../../../src/domain/library/plans';
import { BUILT_IN_PROMPTS } from '../../../src/domain/library/prompts';
import { mulberry32 } from '../../../src/domain/library/random';
import { indexPrompts, resolvePlanSteps } from '../../../src/domain/library/rotation';
import { generateSampleData } from '../../../src/domain/sample/generate';
import type { Plan } from '../../../src/domain/types';
import { freshDatabase } from './testDb';

const NOW = Date.UTC(2026, 4, 15, 12);
const TABLES = [
  'teams',
  'members',
  'prompts',
  'plans',
  'sessions',
  'responses',
  'commitments',
  'themes',
  'responseThemes',
  'settings',
  'deletions',
  'snapshots',
] as const;

let db: AppDB;

type TableName = (typeof TABLES)[number];

/** Every record of every table, in key order: what "exactly as before" is compared on. */
async function everything(): Promise<Record<TableName, unknown[]>> {
  const out = {} as Record<TableName, unknown[]>;
  for (const table of TABLES) out[table] = await db.table(table).toArray();
  return out;
}

/** Everything but the tombstones, which removing (like any delete) adds. */
async function everythingButTombstones() {
  const { deletions: _tombstones, ...rest } = await everything();
  return rest;
}

/** A real team that ran one weekly huddle: answers, a commitment reviewed, a theme, a setting. */
async function realHuddle() {
  const team = await createTeam('Crisis line');
  const ana = await addMember(team.id, 'Ana');
  const plan = BUILT_IN_PLANS.find((p) => p.id === 'bi-plan-weekly') as Plan;
  const steps = resolvePlanSteps(plan, indexPrompts(BUILT_IN_PROMPTS), [], mulberry32(1));
  const session = await startSession({ teamId: team.id, plan, steps, attendance: [ana.id] });
  const answer = await saveAnswer({
    sessionId: session.id,
    stepIndex: 0,
    promptId: steps[0]?.promptIds[1] as string,
    memberId: ana.id,
    text: 'Too much paperwork again',
  });
  const commitment = await addCommitment(session.id, { text: 'Take a lunch break' });
  await completeSession(session.id);
  const next = await startSession({ teamId: team.id, plan, steps, attendance: [ana.id] });
  await reviewCommitment(commitment.id, next.id, 'carried');
  await writeSetting(huddleSnapshotKey(next.id), { version: 1 });
  const theme = await createTheme(team.id, 'Paperwork', ['paperwork']);
  await tagResponse(answer.id, theme.id);
  return team;
}

beforeEach(async () => {
  db = await freshDatabase();
  await installBuiltIns(BUILT_IN_PROMPTS, BUILT_IN_PLANS);
});

describe('sample data in the database', () => {
  it('loads the whole organisation and removes exactly it, real data untouched', async () => {
    await realHuddle();
    const before = await everything();
    expect(await hasSampleData()).toBe(false);

    const progress: number[] = [];
    const counts = await loadSampleData(NOW, { onProgress: (written) => progress.push(written) });
    const generated = generateSampleData({ now: NOW });
    expect(counts).toEqual({
      teams: 3,
      members: generated.members.length,
      sessions: generated.sessions.length,
      responses: generated.responses.length,
      commitments: generated.commitments.length,
    });
    expect(await hasSampleData()).toBe(true);
    expect(await db.responses.count()).toBe(before.responses.length + counts.responses);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(progress.at(-1)).toBe(total);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    // Someone explores: runs a huddle's worth of records on a sample team.
    const sampleTeam = generated.teams[0];
    const sampleSession = generated.sessions.find((s) => s.teamId === sampleTeam?.id);
    const sampleAnswer = generated.responses.find((r) => r.sessionId === sampleSession?.id);
    const theme = await createTheme(sampleTeam?.id as string, 'Intake', ['intake system']);
    await tagResponse(sampleAnswer?.id as string, theme.id);
    await writeSetting(huddleSnapshotKey(sampleSession?.id as string), { version: 1 });
    await saveDraft({ kind: 'commitment', scope: sampleSession?.id as string }, { text: 'x' });
    await saveDraft({ kind: 'agreements', scope: sampleTeam?.id as string }, { adding: 'y' });

    const removed = await removeSampleData();
    expect(removed).toMatchObject({ ...counts, themes: 1, responseThemes: 1, settings: 1 });
    expect(await db.drafts.count(), 'drafts on sample records go too').toBe(0);
    expect(await hasSampleData()).toBe(false);
    const { deletions: _tombstones, ...realBefore } = before;
    expect(await everythingButTombstones()).toEqual(realBefore);

    // One tombstone per removed record, so a backup merge does not bring the sample back.
    const tombstones = await db.deletions.toArray();
    const removedRecords = Object.entries(removed)
      .filter(([table]) => table !== 'settings')
      .reduce((sum, [, n]) => sum + n, 0);
    expect(tombstones).toHaveLength(before.deletions.length + removedRecords);
    const sampleTeamIds = new Set(generated.teams.map((t) => t.id));
    expect(
      tombstones
        .filter((d) => d.table === 'teams')
        .map((d) => d.recordId)
        .sort(),
    ).toEqual([...sampleTeamIds].sort());

    // Loading again (same moment, same ids) clears those tombstones: the records are back.
    await loadSampleData(NOW);
    expect(await db.deletions.where('table').equals('responses').count()).toBe(0);
    expect(await db.deletions.where('table').equals('themes').count()).toBe(1);
  }, 60_000);

  it('refuses to load twice, with a message a person understands', async () => {
    await loadSampleData(NOW);
    const responses = await db.responses.count();
    await expect(loadSampleData(NOW)).rejects.toThrow(/already loaded/);
    expect(await db.responses.count()).toBe(responses);
    expect(await db.teams.count()).toBe(3);
  }, 60_000);

  it('leaves nothing behind when a write fails half-way', async () => {
    const before = await everything();
    // A record already holding one of the generated ids makes a bulkAdd fail after teams,
    // members, sessions and the first answers are written.
    const generated = generateSampleData({ now: NOW });
    const taken = generated.responses[1500];
    await db.responses.add({ ...(taken as NonNullable<typeof taken>), teamId: 'real-team' });
    await expect(loadSampleData(NOW)).rejects.toThrow();
    expect(await hasSampleData()).toBe(false);
    expect(await db.responses.count()).toBe(before.responses.length + 1);
    expect(await db.teams.count()).toBe(0);
    expect(await db.members.count()).toBe(0);
    expect(await db.sessions.count()).toBe(0);
  }, 60_000);

  it('removing when nothing is loaded changes nothing', async () => {
    await realHuddle();
    const before = await everything();
    expect(await removeSampleData()).toMatchObject({ teams: 0, responses: 0, settings: 0 });
    expect(await everything()).toEqual(before);
  });
});
