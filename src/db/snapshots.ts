// Rolling automatic snapshots: the whole backup, gzipped, kept on the device (the newest
// SNAPSHOTS_KEPT) and, where the browser allows, copied to a folder the person picked. Taken when
// a huddle ends, at most every SNAPSHOT_INTERVAL_MS while one runs, before a restore, and on
// request. A restore goes through the same import path as a backup file.
//
// Building a snapshot reads and serialises the whole database, so it runs in the snapshot worker
// (src/lib/snapshotClient.ts): the page only says why and gets back what was stored. Where there
// is no Worker (unit tests) or a test passes its own io, the same code (snapshotStore.ts) runs
// in-thread.
import { now } from '../lib/clock';
import { snapshotWorkerClient } from '../lib/snapshotClient';
import { db } from './db';
import { readSetting, writeSetting } from './settings';
import {
  readSnapshotJson,
  SNAPSHOT_INTERVAL_MS,
  type SnapshotInfo,
  type SnapshotIo,
  type SnapshotReason,
  storeSnapshot,
} from './snapshotStore';
import { snapshotMissed } from './snapshotTriggers';

export {
  copyLatestToFolder,
  type DescribedBackup,
  describeBackup,
  type FolderStatus,
  getFolderStatus,
  getSnapshotFolder,
  listSnapshots,
  readSnapshotJson,
  SNAPSHOT_FOLDER_KEY,
  SNAPSHOT_FOLDER_STATUS_KEY,
  SNAPSHOT_INTERVAL_MS,
  SNAPSHOTS_KEPT,
  type SnapshotInfo,
  type SnapshotIo,
  type SnapshotReason,
  setSnapshotFolder,
} from './snapshotStore';

/** Setting: when a start-up snapshot of a missed huddle was last begun (epoch ms). */
export const MISSED_SNAPSHOT_ATTEMPT_KEY = 'snapshot-missed-attempt';
/**
 * A missed snapshot begun less than this long ago (in this tab, another one, or a start-up that
 * was closed before it finished) is not begun again: one attempt at a time, and a failing one is
 * not repeated at every start.
 */
export const MISSED_SNAPSHOT_RETRY_MS = 10 * 60_000;

/**
 * Takes a snapshot now, in the snapshot worker where there is one, and returns what was stored
 * (null when `skipIfUnchanged` found the same data as the newest snapshot). Errors keep their
 * name: a full disk is still a QuotaExceededError, and nothing is changed then.
 */
export async function takeSnapshot(
  reason: SnapshotReason,
  options: { skipIfUnchanged?: boolean; io?: SnapshotIo } = {},
): Promise<SnapshotInfo | null> {
  const client = options.io ? null : snapshotWorkerClient();
  if (client) return client.take(reason, { skipIfUnchanged: options.skipIfUnchanged ?? false });
  return storeSnapshot(reason, options);
}

/**
 * Replaces the current data with a snapshot's. Its data is read first, then a safety snapshot
 * of the current data is taken (so the restore itself can be undone, and pruning cannot remove
 * the snapshot being restored), then the backup import applies it.
 */
export async function restoreSnapshot(id: string, io?: SnapshotIo): Promise<void> {
  const json = await readSnapshotJson(id);
  await takeSnapshot('before-import', io ? { io } : {});
  const restore = io?.restoreJson ?? (await import('./backup')).restoreBackupJson;
  await restore(json);
}

/** Takes an interval snapshot if none was taken in the last SNAPSHOT_INTERVAL_MS. */
export async function takeSnapshotIfDue(io?: SnapshotIo): Promise<SnapshotInfo | null> {
  // The index key alone: the newest snapshot's data (a whole backup) is not read on the page.
  const last = (await db.snapshots.orderBy('createdAt').lastKey()) as number | undefined;
  if (last !== undefined && now() - last < SNAPSHOT_INTERVAL_MS) return null;
  return takeSnapshot('interval', { skipIfUnchanged: true, ...(io ? { io } : {}) });
}

/**
 * Claims the start-up attempt: false when one was begun less than MISSED_SNAPSHOT_RETRY_MS ago.
 * Read and write in one transaction, so two tabs starting together cannot both claim it.
 */
async function claimMissedAttempt(): Promise<boolean> {
  return db.transaction('rw', db.settings, async () => {
    const begun = await readSetting<number | null>(MISSED_SNAPSHOT_ATTEMPT_KEY, null);
    const at = now();
    // A time in the future (the clock was changed) does not block forever.
    if (typeof begun === 'number' && begun <= at && at - begun < MISSED_SNAPSHOT_RETRY_MS) {
      return false;
    }
    await writeSetting(MISSED_SNAPSHOT_ATTEMPT_KEY, at);
    return true;
  });
}

/**
 * At start-up: a huddle that ended after the newest snapshot (the tab was closed before the
 * background snapshot finished, or it failed) gets its snapshot now, unless one was begun
 * recently (see MISSED_SNAPSHOT_RETRY_MS).
 */
export async function takeMissedSnapshot(io?: SnapshotIo): Promise<SnapshotInfo | null> {
  if (!(await snapshotMissed())) return null;
  if (!(await claimMissedAttempt())) return null;
  return takeSnapshot('huddle-ended', io ? { io } : {});
}
