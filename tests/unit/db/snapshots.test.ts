import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppDB } from '../../../src/db/schema';
import {
  describeBackup,
  listSnapshots,
  readSnapshotJson,
  restoreSnapshot,
  SNAPSHOT_INTERVAL_MS,
  SNAPSHOTS_KEPT,
  type SnapshotIo,
  takeMissedSnapshot,
  takeSnapshot,
  takeSnapshotIfDue,
} from '../../../src/db/snapshots';
import { addMember, createTeam, renameTeam } from '../../../src/db/teams';
import { looksGzipped } from '../../../src/lib/compression';
import { FakeDirectory } from '../lib/fakeDirectory';
import { freshDatabase } from './testDb';

let db: AppDB;
let clock = Date.UTC(2025, 0, 6, 9, 0);

beforeEach(async () => {
  db = await freshDatabase();
  // Only Date is faked: fake-indexeddb still needs real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  clock = Date.UTC(2025, 0, 6, 9, 0);
  vi.setSystemTime(clock);
});

afterEach(() => {
  vi.useRealTimers();
});

function tick(ms = 1000) {
  clock += ms;
  vi.setSystemTime(clock);
}

async function teamNames(): Promise<string[]> {
  return (await db.teams.toArray()).map((t) => t.name).sort();
}

describe('automatic snapshots', () => {
  it('stores the whole backup gzipped, with its counts, and reads it back', async () => {
    const team = await createTeam('Outreach');
    await addMember(team.id, 'Ana');
    const info = await takeSnapshot('manual');
    expect(info).toMatchObject({ reason: 'manual', encoding: 'gzip' });
    expect(info?.counts).toMatchObject({ teams: 1, members: 1, sessions: 0 });

    const row = await db.snapshots.get(info!.id);
    // An ArrayBuffer (compared by tag: fake-indexeddb clones across realms).
    expect(Object.prototype.toString.call(row?.data)).toBe('[object ArrayBuffer]');
    expect(looksGzipped(new Uint8Array(row!.data as ArrayBuffer))).toBe(true);
    expect(row?.sizeBytes).toBe((row!.data as ArrayBuffer).byteLength);

    // The counts and checksum come from the export itself: they describe the stored text.
    const text = await readSnapshotJson(info!.id);
    expect(info?.counts).toEqual(describeBackup(text).counts);
    expect(info?.dataChecksum).toBe(describeBackup(text).checksum);
    const json = JSON.parse(text);
    expect(json.format).toBe('parallel-process-backup');
    expect(json.data.teams.map((t: { name: string }) => t.name)).toEqual(['Outreach']);
  });

  it(`keeps the newest ${SNAPSHOTS_KEPT}, pruning older ones as each is added`, async () => {
    const ids: string[] = [];
    for (let i = 0; i < SNAPSHOTS_KEPT + 3; i += 1) {
      tick();
      ids.push((await takeSnapshot('manual'))!.id);
    }
    const kept = await listSnapshots();
    expect(kept).toHaveLength(SNAPSHOTS_KEPT);
    // Newest first, and exactly the last ten taken.
    expect(kept.map((s) => s.id)).toEqual(ids.slice(-SNAPSHOTS_KEPT).reverse());
    expect(await db.snapshots.count()).toBe(SNAPSHOTS_KEPT);
  });

  it('interval snapshots wait 15 minutes and skip unchanged data', async () => {
    await createTeam('Outreach');
    expect(await takeSnapshotIfDue()).not.toBeNull();
    tick(SNAPSHOT_INTERVAL_MS - 1000);
    await renameTeam((await db.teams.toArray())[0]!.id, 'Outreach North');
    expect(await takeSnapshotIfDue(), 'too soon').toBeNull();
    tick(2000);
    expect(await takeSnapshotIfDue(), 'due and changed').not.toBeNull();
    tick(SNAPSHOT_INTERVAL_MS * 2);
    expect(await takeSnapshotIfDue(), 'due but nothing changed').toBeNull();
    expect(await db.snapshots.count()).toBe(2);
  });

  it('restores a snapshot, after keeping a safety snapshot of the current data', async () => {
    const team = await createTeam('Outreach');
    const first = (await takeSnapshot('huddle-ended'))!;
    tick();
    await renameTeam(team.id, 'Renamed after the snapshot');
    await createTeam('Added after the snapshot');
    tick();

    await restoreSnapshot(first.id);
    expect(await teamNames()).toEqual(['Outreach']);

    const all = await listSnapshots();
    expect(all.map((s) => s.reason)).toEqual(['before-import', 'huddle-ended']);
    const safety = JSON.parse(await readSnapshotJson(all[0]!.id));
    expect(safety.data.teams.map((t: { name: string }) => t.name).sort()).toEqual([
      'Added after the snapshot',
      'Renamed after the snapshot',
    ]);

    // The restore can itself be undone.
    tick();
    await restoreSnapshot(all[0]!.id);
    expect(await teamNames()).toEqual(['Added after the snapshot', 'Renamed after the snapshot']);
  });

  it('can restore the oldest of ten kept, though the safety snapshot prunes it', async () => {
    await createTeam('Oldest');
    const oldest = (await takeSnapshot('manual'))!;
    for (let i = 0; i < SNAPSHOTS_KEPT - 1; i += 1) {
      tick();
      await createTeam(`Later ${i}`);
      await takeSnapshot('interval');
    }
    tick();
    await restoreSnapshot(oldest.id);
    expect(await teamNames()).toEqual(['Oldest']);
    expect(await db.snapshots.count()).toBe(SNAPSHOTS_KEPT);
  });

  it('leaves the data untouched when the restore fails', async () => {
    await createTeam('Outreach');
    const snap = (await takeSnapshot('manual'))!;
    await createTeam('Kept');
    const failing: SnapshotIo = {
      exportJson: async () => JSON.stringify({ data: {} }),
      restoreJson: async () => {
        throw new Error('Import refused');
      },
    };
    await expect(restoreSnapshot(snap.id, failing)).rejects.toThrow('Import refused');
    expect(await teamNames()).toEqual(['Kept', 'Outreach']);
  });

  it('also writes each snapshot to the chosen folder, pruned to the same number', async () => {
    const dir = new FakeDirectory();
    const { exportBackupJson, restoreBackupJson } = await import('../../../src/db/backup');
    const io: SnapshotIo = {
      exportJson: () => exportBackupJson(),
      restoreJson: restoreBackupJson,
      folder: async () => dir.asHandle(),
    };
    for (let i = 0; i < SNAPSHOTS_KEPT + 2; i += 1) {
      tick(60_000);
      await takeSnapshot('huddle-ended', { io });
    }
    const names = [...dir.files.keys()];
    expect(names).toHaveLength(SNAPSHOTS_KEPT);
    expect(
      names.every((n) => /^parallel-process-snapshot-.*-huddle-ended\.json\.gz$/.test(n)),
    ).toBe(true);

    // Without permission (after a browser restart) the snapshot is still kept on the device.
    dir.permission = 'prompt';
    tick(60_000);
    await takeSnapshot('manual', { io });
    expect(dir.files.size).toBe(SNAPSHOTS_KEPT);
    expect((await db.settings.get('snapshot-folder-status'))?.value).toMatchObject({
      problem: 'permission',
    });
    expect(await db.snapshots.count()).toBe(SNAPSHOTS_KEPT);
  });

  it('catches up at start-up on a huddle that ended without its snapshot', async () => {
    const team = await createTeam('Outreach');
    expect(await takeMissedSnapshot(), 'no huddle yet').toBeNull();
    await takeSnapshot('manual');
    tick(60_000);
    const { startSession, completeSession } = await import('../../../src/db/sessions');
    const { createPlan, createPrompt } = await import('../../../src/db/library');
    const prompt = await createPrompt({
      pillar: 'play',
      category: 'pillar',
      kind: 'text',
      text: 'Fun?',
    });
    const plan = await createPlan({
      name: 'P',
      description: '',
      steps: [
        {
          id: 's',
          kind: 'prompts',
          title: 'S',
          mode: 'round',
          timeBoxSec: 60,
          source: { type: 'prompts', promptIds: [prompt.id] },
        },
      ],
    });
    const session = await startSession({
      teamId: team.id,
      plan,
      steps: [
        {
          planStepId: 's',
          kind: 'prompts',
          title: 'S',
          mode: 'round',
          timeBoxSec: 60,
          promptIds: [prompt.id],
          revealed: false,
        },
      ],
      attendance: [],
    });
    tick(60_000);
    await completeSession(session.id);
    tick(60_000);
    expect((await takeMissedSnapshot())?.reason).toBe('huddle-ended');
    expect(await takeMissedSnapshot(), 'already caught up').toBeNull();

    // A huddle closed early (End early, then the tab closed before Finish) is caught up too.
    const { endSessionEarly } = await import('../../../src/db/sessions');
    const early = await startSession({
      teamId: team.id,
      plan,
      steps: [
        {
          planStepId: 's',
          kind: 'prompts',
          title: 'S',
          mode: 'round',
          timeBoxSec: 60,
          promptIds: [prompt.id],
          revealed: false,
        },
      ],
      attendance: [],
    });
    tick(60_000);
    await endSessionEarly(early.id, 0);
    // Past the retry window of the last start-up attempt.
    tick(11 * 60_000);
    expect((await takeMissedSnapshot())?.reason, 'closed early').toBe('huddle-ended');
    expect(await takeMissedSnapshot(), 'caught up again').toBeNull();
  });

  it('describes a backup by its table counts and checksum', () => {
    expect(
      describeBackup(
        JSON.stringify({ checksum: { value: 'abc' }, data: { teams: [{}, {}], deletions: [] } }),
      ),
    ).toEqual({ counts: { teams: 2, deletions: 0 }, checksum: 'abc' });
  });
});
