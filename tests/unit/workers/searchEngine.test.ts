// The search worker's logic, run in-process against fake-indexeddb: the first build in chunks,
// then incremental upserts and removals as the app writes, through Dexie's live queries.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addCommitment } from '../../../src/db/commitments';
import { db } from '../../../src/db/db';
import { createPlan, createPrompt } from '../../../src/db/library';
import { deleteAnswer, saveAnswer } from '../../../src/db/responses';
import { newGuest, startSession } from '../../../src/db/sessions';
import { addMember, createTeam } from '../../../src/db/teams';
import type { Session } from '../../../src/domain/types';
import { createSearchClient, type SearchPort } from '../../../src/lib/searchClient';
import { createSearchEngine, type SearchEngine } from '../../../src/workers/searchEngine';
import type { FromWorker, IndexStatus } from '../../../src/workers/searchProtocol';
import { freshDatabase } from '../db/testDb';

let engine: SearchEngine;
let messages: FromWorker[];
let requestId = 0;

function statuses(): IndexStatus[] {
  return messages.flatMap((m) => (m.type === 'status' ? [m.status] : []));
}

function lastVersion(): number {
  const ready = statuses().filter((s) => s.state === 'ready');
  const last = ready.at(-1);
  return last?.state === 'ready' ? last.version : 0;
}

/** Waits until the engine has caught up with a write made after version `after`. */
async function caughtUp(after: number) {
  await vi.waitFor(() => expect(lastVersion()).toBeGreaterThan(after), { timeout: 3_000 });
  await engine.idle();
}

async function search(query: string) {
  requestId += 1;
  await engine.handle({ type: 'search', requestId, query, filters: {}, limit: 50 });
  const answer = messages.findLast((m) => m.type === 'results' && m.requestId === requestId);
  if (answer?.type !== 'results') throw new Error('no results');
  return answer;
}

interface World {
  session: Session;
  anaId: string;
  promptId: string;
}

async function seed(): Promise<World> {
  const team = await createTeam('Family support');
  const ana = await addMember(team.id, 'Ana');
  const prompt = await createPrompt({
    pillar: 'power',
    category: 'pillar',
    kind: 'text',
    text: 'Whose voice is missing?',
  });
  const plan = await createPlan({
    name: 'Weekly',
    description: '',
    steps: [
      {
        id: 'round',
        kind: 'prompts',
        title: 'Talk it through',
        source: { type: 'prompts', promptIds: [prompt.id] },
        mode: 'round',
        timeBoxSec: 60,
      },
      {
        id: 'anon',
        kind: 'prompts',
        title: 'One more, privately',
        source: { type: 'prompts', promptIds: [prompt.id] },
        mode: 'anonymous',
        timeBoxSec: 60,
      },
      { id: 'commit', kind: 'commitments', title: 'Next', mode: 'round', timeBoxSec: 60 },
    ],
  });
  const dee = newGuest('Dee');
  const session = await startSession({
    teamId: team.id,
    plan,
    attendance: [ana.id],
    guests: [dee],
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
  const base = { sessionId: session.id, promptId: prompt.id };
  for (let i = 0; i < 7; i += 1) {
    await saveAnswer({ ...base, stepIndex: 0, memberId: ana.id, text: `round answer ${i}` });
  }
  await saveAnswer({ ...base, stepIndex: 0, memberId: dee.id, text: 'Families at intake' });
  await saveAnswer({ ...base, stepIndex: 1, memberId: ana.id, text: 'Supervision felt unsafe' });
  await saveAnswer({ ...base, stepIndex: 0, memberId: ana.id, passed: true });
  await addCommitment(session.id, { text: 'Ask two families before changing hours' });
  return { session, anaId: ana.id, promptId: prompt.id };
}

let world: World;

beforeEach(async () => {
  await freshDatabase();
  world = await seed();
  messages = [];
  engine = createSearchEngine((m) => messages.push(m), { chunk: 3 });
  engine.start();
  await caughtUp(0);
});

afterEach(() => {
  engine.stop();
});

describe('search engine', () => {
  it('builds the index in chunks, saying how many records it is indexing', () => {
    const [first, ...rest] = statuses();
    // 10 answers (one a pass) and one commitment.
    expect(first).toEqual({ state: 'indexing', total: 11, done: 0 });
    expect(rest.filter((s) => s.state === 'indexing').length).toBeGreaterThan(3);
    expect(statuses().at(-1)).toMatchObject({ state: 'ready', documents: 10 });
  });

  it('answers with hits read fresh: names only for attributed answers', async () => {
    const families = await search('families');
    expect(families.total).toBe(2);
    const byKind = Object.fromEntries(families.hits.map((h) => [h.kind, h]));
    expect(byKind.answer).toMatchObject({ name: 'Dee', stepIndex: 0, teamName: 'Family support' });
    expect(byKind.commitment).toMatchObject({ stepIndex: 2, stepTitle: 'Next' });

    const anonymous = await search('unsafe');
    expect(anonymous.hits).toHaveLength(1);
    expect(anonymous.hits[0]).not.toHaveProperty('name');
    expect(anonymous.hits[0]?.stepTitle).toBe('One more, privately');
    expect(anonymous.hits[0]?.parts).toContainEqual({ text: 'unsafe', mark: true });
  });

  it('adds, changes and removes answers as they are saved, without a rebuild', async () => {
    const base = { sessionId: world.session.id, promptId: world.promptId, memberId: world.anaId };
    let version = lastVersion();
    const saved = await saveAnswer({ ...base, stepIndex: 0, text: 'We need a zebra crossing' });
    await caughtUp(version);
    expect((await search('zebra')).total).toBe(1);
    // Only changed records are read: no "indexing" status after the first build.
    const indexingBefore = statuses().filter((s) => s.state === 'indexing').length;

    version = lastVersion();
    await saveAnswer({ ...base, id: saved.id, stepIndex: 0, text: 'We need a quiet room' });
    await caughtUp(version);
    expect((await search('zebra')).total).toBe(0);
    expect((await search('quiet')).total).toBe(1);

    version = lastVersion();
    await deleteAnswer(saved.id);
    await caughtUp(version);
    expect((await search('quiet')).total).toBe(0);
    expect(statuses().filter((s) => s.state === 'indexing')).toHaveLength(indexingBefore);
  });

  it('honours tombstones in the deletions table', async () => {
    const [commitment] = await db.commitments.toArray();
    if (!commitment) throw new Error('seed has a commitment');
    const version = lastVersion();
    await db.transaction('rw', db.commitments, db.deletions, async () => {
      await db.commitments.delete(commitment.id);
      await db.deletions.put({
        id: `commitments:${commitment.id}`,
        table: 'commitments',
        recordId: commitment.id,
        deletedAt: Date.now(),
      });
    });
    await caughtUp(version);
    expect((await search('hours')).total).toBe(0);
  });

  it('picks up records written with an older time (a restored backup)', async () => {
    const [one] = await db.responses.toArray();
    if (!one) throw new Error('seed has answers');
    const version = lastVersion();
    // `one` may be the seed's pass (ids are random): the copy is a written answer either way.
    await db.responses.put({
      ...one,
      id: 'restored-1',
      passed: false,
      text: 'Restored narwhal',
      updatedAt: 1,
    });
    await caughtUp(version);
    expect((await search('narwhal')).total).toBe(1);
  });
});

describe('first build, newest first', () => {
  it('answers over what is indexed so far, flagged partial, newest answers first', async () => {
    engine.stop();
    const [one] = await db.responses.toArray();
    if (!one) throw new Error('seed has answers');
    // Twenty answers newer than the seed's: the newest says "zebra".
    const later = Date.now() + 60_000;
    await db.responses.bulkPut(
      Array.from({ length: 20 }, (_, i) => ({
        ...one,
        passed: false,
        id: `later-${String(i).padStart(2, '0')}`,
        text: i === 19 ? 'The zebra crossing is finally painted' : `Later note ${i}`,
        updatedAt: later + i,
      })),
    );
    messages = [];
    const during: Promise<void>[] = [];
    let asked = false;
    // Chunks of 3: the commitment first, then answers three at a time, newest first. As soon as
    // one chunk of answers is in (the three newest: "zebra" and two notes), search.
    engine = createSearchEngine(
      (m) => {
        messages.push(m);
        if (!asked && m.type === 'status' && m.status.state === 'indexing' && m.status.done >= 4) {
          asked = true;
          during.push(search('note').then(() => undefined));
        }
      },
      { chunk: 3 },
    );
    engine.start();
    await caughtUp(0);
    await Promise.all(during);
    const [early] = messages.filter((m) => m.type === 'results');
    expect(early).toMatchObject({ partial: true, total: 2 });
    expect(early?.type === 'results' && early.hits.map((h) => h.id).sort()).toEqual([
      'responses:later-17',
      'responses:later-18',
    ]);
    expect(await search('note')).toMatchObject({ partial: false, total: 19 });
    // Once built, everything is found and nothing is partial.
    expect(await search('round')).toMatchObject({ partial: false, total: 7 });
    expect(await search('zebra')).toMatchObject({ partial: false, total: 1 });
  });

  it('keeps answers written while it builds', async () => {
    engine.stop();
    messages = [];
    let wrote: Promise<unknown> | null = null;
    const base = { sessionId: world.session.id, promptId: world.promptId, memberId: world.anaId };
    engine = createSearchEngine(
      (m) => {
        messages.push(m);
        if (!wrote && m.type === 'status' && m.status.state === 'indexing' && m.status.done > 0) {
          wrote = saveAnswer({ ...base, stepIndex: 0, text: 'Written mid-build okapi' });
        }
      },
      { chunk: 3 },
    );
    engine.start();
    await vi.waitFor(async () => expect((await search('okapi')).total).toBe(1), {
      timeout: 3_000,
    });
    await engine.idle();
    expect((await search('okapi')).partial).toBe(false);
  });
});

describe('search client', () => {
  function inProcess(): SearchPort {
    const port: SearchPort = {
      onmessage: null,
      postMessage: (m) => void engine.handle(m),
      terminate: () => undefined,
    };
    messages = [];
    engine.stop();
    engine = createSearchEngine((m) => {
      messages.push(m);
      queueMicrotask(() => port.onmessage?.({ data: m }));
    });
    engine.start();
    return port;
  }

  it('lets only the latest query through', async () => {
    const client = createSearchClient(inProcess);
    client.start();
    await vi.waitFor(() => expect(client.getStatus().state).toBe('ready'));
    const first = client.search('families', {});
    const second = client.search('unsafe', {});
    expect(await first).toBeNull();
    expect(await second).toMatchObject({ query: 'unsafe', total: 1 });
  });

  it('reports when no worker can run', () => {
    const client = createSearchClient(() => null);
    client.start();
    expect(client.getStatus()).toEqual({ state: 'unavailable' });
  });
});
