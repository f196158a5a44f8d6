// Snapshots go through the snapshot worker where there is one: the page posts the reason and gets
// back what was stored. jsdom has no Worker, so these tests put the worker's own handler behind
// an in-process port (messages structured-cloned as postMessage would) and check the routing, the
// error path (a full disk still reads as one) and the start-up guard against repeated attempts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppDB } from '../../../src/db/schema';
import {
  listSnapshots,
  MISSED_SNAPSHOT_ATTEMPT_KEY,
  MISSED_SNAPSHOT_RETRY_MS,
  readSnapshotJson,
  restoreSnapshot,
  type SnapshotIo,
  takeMissedSnapshot,
  takeSnapshot,
  takeSnapshotIfDue,
} from '../../../src/db/snapshots';
import { createTeam, renameTeam } from '../../../src/db/teams';
import {
  createSnapshotClient,
  SNAPSHOT_WORKER_CRASHED,
  type SnapshotPort,
  setSnapshotClientForTests,
} from '../../../src/lib/snapshotClient';
import { isQuotaError } from '../../../src/ui/ErrorMessage';
import { createSnapshotHandler } from '../../../src/workers/snapshot.worker';
import type { SnapshotToWorker } from '../../../src/workers/snapshotProtocol';
import { freshDatabase } from './testDb';

let db: AppDB;
let clock = Date.UTC(2025, 0, 6, 9, 0);
let sent: SnapshotToWorker[];
let ports: number;
let crashNext = false;

/** The worker's handler behind a port, as the client sees a real Worker. */
function inProcessPort(): SnapshotPort {
  ports += 1;
  let terminated = false;
  const port: SnapshotPort = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      sent.push(structuredClone(message));
      if (crashNext) {
        crashNext = false;
        queueMicrotask(() => port.onerror?.(new Event('error')));
        return;
      }
      const handle = createSnapshotHandler((reply) => {
        if (!terminated) port.onmessage?.({ data: structuredClone(reply) });
      });
      void handle(structuredClone(message));
    },
    terminate() {
      terminated = true;
    },
  };
  return port;
}

function tick(ms = 1000) {
  clock += ms;
  vi.setSystemTime(clock);
}

beforeEach(async () => {
  db = await freshDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  clock = Date.UTC(2025, 0, 6, 9, 0);
  vi.setSystemTime(clock);
  sent = [];
  ports = 0;
  crashNext = false;
  setSnapshotClientForTests(createSnapshotClient(inProcessPort));
});

afterEach(() => {
  setSnapshotClientForTests(undefined);
  vi.restoreAllMocks();
  vi.useRealTimers();
});

async function teamNames(): Promise<string[]> {
  return (await db.teams.toArray()).map((t) => t.name).sort();
}

describe('snapshots through the snapshot worker', () => {
  it('posts only the reason and returns what the worker stored, which restores', async () => {
    const team = await createTeam('Outreach');
    const info = await takeSnapshot('manual');
    expect(sent).toEqual([{ type: 'take', id: 1, reason: 'manual', skipIfUnchanged: false }]);
    expect(info).toMatchObject({ reason: 'manual', encoding: 'gzip' });
    expect(info?.counts).toMatchObject({ teams: 1 });
    expect(info).not.toHaveProperty('data');
    expect((await listSnapshots()).map((s) => s.id)).toEqual([info!.id]);
    expect(JSON.parse(await readSnapshotJson(info!.id)).data.teams[0].name).toBe('Outreach');

    tick();
    await renameTeam(team.id, 'Renamed');
    tick();
    await restoreSnapshot(info!.id);
    expect(await teamNames()).toEqual(['Outreach']);
    // The safety snapshot before the restore went through the worker too.
    expect(sent.map((m) => m.reason)).toEqual(['manual', 'before-import']);
  });

  it('interval snapshots ask the worker to skip unchanged data, and wait when not due', async () => {
    await createTeam('Outreach');
    expect(await takeSnapshotIfDue()).not.toBeNull();
    expect(sent.at(-1)).toMatchObject({ reason: 'interval', skipIfUnchanged: true });
    tick(60_000);
    expect(await takeSnapshotIfDue(), 'not due').toBeNull();
    expect(sent).toHaveLength(1);
    tick(16 * 60_000);
    expect(await takeSnapshotIfDue(), 'due, unchanged: skipped by the worker').toBeNull();
    expect(sent).toHaveLength(2);
    expect(await db.snapshots.count()).toBe(1);
  });

  it('runs in-thread, not in the worker, when a caller passes its own io', async () => {
    const io: SnapshotIo = {
      exportJson: async () => JSON.stringify({ data: { teams: [{}] } }),
      restoreJson: async () => undefined,
    };
    expect((await takeSnapshot('manual', { io }))?.counts).toEqual({ teams: 1 });
    expect(sent).toHaveLength(0);
  });

  it('a full disk in the worker still reads as a full disk, and nothing is stored', async () => {
    await createTeam('Outreach');
    const full = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: Object.assign(new Error('The quota has been exceeded.'), {
        name: 'QuotaExceededError',
      }),
    });
    vi.spyOn(db.snapshots, 'add').mockRejectedValueOnce(full);
    const error = await takeSnapshot('manual').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(isQuotaError(error)).toBe(true);
    expect(await db.snapshots.count()).toBe(0);
    expect(await teamNames()).toEqual(['Outreach']);
  });

  it('a crashed worker fails the snapshot plainly; the next one starts a new worker', async () => {
    await createTeam('Outreach');
    crashNext = true;
    await expect(takeSnapshot('manual')).rejects.toThrow(SNAPSHOT_WORKER_CRASHED);
    expect(await takeSnapshot('manual')).not.toBeNull();
    expect(ports).toBe(2);
  });

  it('stops the worker once nothing is in flight (its memory goes with it)', async () => {
    await createTeam('Outreach');
    await takeSnapshot('manual');
    tick();
    await takeSnapshot('manual');
    expect(ports).toBe(2);
  });
});

describe('the start-up snapshot of a missed huddle', () => {
  async function endAHuddle() {
    const team = await createTeam('Outreach');
    const { startSession, completeSession } = await import('../../../src/db/sessions');
    const { createPlan, createPrompt } = await import('../../../src/db/library');
    const prompt = await createPrompt({
      pillar: 'play',
      category: 'pillar',
      kind: 'text',
      text: 'Fun?',
    });
    const step = {
      kind: 'prompts' as const,
      title: 'S',
      mode: 'round' as const,
      timeBoxSec: 60,
    };
    const plan = await createPlan({
      name: 'P',
      description: '',
      steps: [{ id: 's', ...step, source: { type: 'prompts', promptIds: [prompt.id] } }],
    });
    const session = await startSession({
      teamId: team.id,
      plan,
      steps: [{ planStepId: 's', ...step, promptIds: [prompt.id], revealed: false }],
      attendance: [],
    });
    tick(60_000);
    await completeSession(session.id);
    tick(60_000);
  }

  it('is begun once when two tabs start together', async () => {
    await endAHuddle();
    const [a, b] = await Promise.all([takeMissedSnapshot(), takeMissedSnapshot()]);
    expect([a, b].filter((s) => s !== null)).toHaveLength(1);
    expect(sent).toHaveLength(1);
    expect(await db.snapshots.count()).toBe(1);
  });

  it('is not begun again at every start after a failed or unfinished attempt', async () => {
    await endAHuddle();
    let exports = 0;
    const failing: SnapshotIo = {
      exportJson: async () => {
        exports += 1;
        throw new Error('Export failed');
      },
      restoreJson: async () => undefined,
    };
    await expect(takeMissedSnapshot(failing)).rejects.toThrow('Export failed');
    expect(await db.settings.get(MISSED_SNAPSHOT_ATTEMPT_KEY)).toMatchObject({ value: clock });

    tick(MISSED_SNAPSHOT_RETRY_MS - 1000);
    expect(await takeMissedSnapshot(failing), 'attempted recently').toBeNull();
    expect(exports).toBe(1);

    tick(2000);
    expect((await takeMissedSnapshot())?.reason, 'retried after the wait').toBe('huddle-ended');
    expect(await takeMissedSnapshot(), 'caught up').toBeNull();
  });

  it('a recorded attempt in the future (the clock was changed) does not block it', async () => {
    await endAHuddle();
    await db.settings.put({
      key: MISSED_SNAPSHOT_ATTEMPT_KEY,
      value: clock + 60 * 60_000,
      updatedAt: clock,
    });
    expect((await takeMissedSnapshot())?.reason).toBe('huddle-ended');
  });
});
