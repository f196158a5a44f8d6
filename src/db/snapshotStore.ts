// How a snapshot is built and stored: the whole backup, gzipped, kept on the device (the newest
// SNAPSHOTS_KEPT) and copied to the chosen folder. The one copy of this logic: the snapshot worker
// (src/workers/snapshot.worker.ts) runs it off the main thread, and snapshots.ts runs it in-thread
// where there is no Worker (unit tests) or a test passes its own io. Nothing here imports the
// worker client, so the worker's bundle never includes itself.
import type { Snapshot } from '../domain/types';
import { now } from '../lib/clock';
import { compressText, decompressText } from '../lib/compression';
import { newId } from '../lib/ids';
import {
  folderPermission,
  pruneSnapshotFiles,
  snapshotFileName,
  writeSnapshotFile,
} from '../lib/snapshotFolder';
import { db } from './db';
import { readSetting, writeSetting } from './settings';

/** How many snapshots are kept on the device (and in the folder); older ones are pruned. */
export const SNAPSHOTS_KEPT = 10;
/** The least time between two automatic snapshots while a huddle runs. */
export const SNAPSHOT_INTERVAL_MS = 15 * 60_000;

/** Setting holding the FileSystemDirectoryHandle (structured-cloneable, never exported). */
export const SNAPSHOT_FOLDER_KEY = 'snapshot-folder';
/** Setting holding what happened at the last write to the folder. */
export const SNAPSHOT_FOLDER_STATUS_KEY = 'snapshot-folder-status';

export type SnapshotReason = Snapshot['reason'];
export type SnapshotInfo = Omit<Snapshot, 'data'>;

export interface FolderStatus {
  lastWrittenAt: number | null;
  /** 'permission' when the browser needs to be asked again (after a restart). */
  problem: 'permission' | 'error' | null;
  message?: string;
}

/** A backup's text with what a snapshot records about it, known by whoever wrote it. */
export interface DescribedBackup {
  json: string;
  counts: Record<string, number>;
  checksum: string;
}

/** The backup JSON source and the restore target; tests pass their own. */
export interface SnapshotIo {
  /** The backup text, or the text already described (saves parsing a large file again). */
  exportJson: () => Promise<string | DescribedBackup>;
  restoreJson: (json: string) => Promise<void>;
  /** Where copies go; defaults to the folder kept in settings. */
  folder?: () => Promise<FileSystemDirectoryHandle | null>;
}

/**
 * A snapshot is the full backup file; a restore replaces everything with it (not a merge). The
 * backup code (and its validators) loads on first use, keeping it out of the huddle's bundle.
 */
export const defaultIo: SnapshotIo = {
  exportJson: async () => (await import('./backup')).exportDescribedBackup(),
  restoreJson: async (json) => (await import('./backup')).restoreBackupJson(json),
};

/** Per-table record counts and the data checksum of a backup file, whatever its size. */
export function describeBackup(json: string): {
  counts: Record<string, number>;
  checksum?: string;
} {
  const parsed = JSON.parse(json) as { data?: unknown; checksum?: { value?: unknown } };
  const counts: Record<string, number> = {};
  if (parsed.data && typeof parsed.data === 'object') {
    for (const [table, rows] of Object.entries(parsed.data)) {
      if (Array.isArray(rows)) counts[table] = rows.length;
    }
  }
  const checksum = parsed.checksum?.value;
  return typeof checksum === 'string' ? { counts, checksum } : { counts };
}

export async function latestSnapshot(): Promise<Snapshot | undefined> {
  return db.snapshots.orderBy('createdAt').last();
}

/**
 * Takes a snapshot now. The backup is read and compressed first (outside any transaction: an
 * IndexedDB transaction commits itself while other work is awaited), then the new snapshot is
 * added and the oldest beyond SNAPSHOTS_KEPT removed in one transaction, so the table never
 * holds a half-pruned set. `skipIfUnchanged` avoids filling the ten slots with copies of the
 * same data (interval snapshots during a quiet stretch). Returns null when skipped.
 */
export async function storeSnapshot(
  reason: SnapshotReason,
  options: { skipIfUnchanged?: boolean; io?: SnapshotIo } = {},
): Promise<SnapshotInfo | null> {
  const io = options.io ?? defaultIo;
  const exported = await io.exportJson();
  const { json, counts, checksum } =
    typeof exported === 'string' ? { json: exported, ...describeBackup(exported) } : exported;
  if (options.skipIfUnchanged && checksum) {
    const last = await latestSnapshot();
    if (last?.dataChecksum === checksum) return null;
  }
  const { bytes, encoding } = await compressText(json);
  const snapshot: Snapshot = {
    id: newId(),
    createdAt: now(),
    reason,
    // An ArrayBuffer, not a Blob: every browser stores it in IndexedDB reliably.
    data: bytes.buffer,
    sizeBytes: bytes.byteLength,
    counts,
    encoding,
    ...(checksum ? { dataChecksum: checksum } : {}),
  };
  await db.transaction('rw', db.snapshots, async () => {
    await db.snapshots.add(snapshot);
    const stale = await db.snapshots
      .orderBy('createdAt')
      .reverse()
      .offset(SNAPSHOTS_KEPT)
      .primaryKeys();
    await db.snapshots.bulkDelete(stale);
  });
  // The copy on disk is a bonus: its failure never undoes the snapshot kept on the device.
  await copyToFolder(snapshot, bytes, io.folder).catch(() => undefined);
  return withoutData(snapshot);
}

function withoutData({ data: _data, ...info }: Snapshot): SnapshotInfo {
  return info;
}

/** Newest first, without their data. */
export async function listSnapshots(): Promise<SnapshotInfo[]> {
  const rows = await db.snapshots.orderBy('createdAt').reverse().toArray();
  return rows.map(withoutData);
}

/** The stored bytes; a Blob is accepted too (the type allows it), though this file writes none. */
async function snapshotBytes(snapshot: Snapshot): Promise<Uint8Array<ArrayBuffer>> {
  const data = snapshot.data;
  return new Uint8Array(data instanceof Blob ? await data.arrayBuffer() : data);
}

/** The backup JSON a snapshot holds. */
export async function readSnapshotJson(id: string): Promise<string> {
  const snapshot = await db.snapshots.get(id);
  if (!snapshot) throw new Error('This snapshot is no longer on the device.');
  return decompressText(await snapshotBytes(snapshot), snapshot.encoding);
}

// ── The folder copy ───────────────────────────────────────────────────────────────────────

export async function getSnapshotFolder(): Promise<FileSystemDirectoryHandle | null> {
  return readSetting<FileSystemDirectoryHandle | null>(SNAPSHOT_FOLDER_KEY, null);
}

export async function getFolderStatus(): Promise<FolderStatus> {
  return readSetting<FolderStatus>(SNAPSHOT_FOLDER_STATUS_KEY, {
    lastWrittenAt: null,
    problem: null,
  });
}

export async function setSnapshotFolder(handle: FileSystemDirectoryHandle | null): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    if (handle) await writeSetting(SNAPSHOT_FOLDER_KEY, handle);
    else await db.settings.delete(SNAPSHOT_FOLDER_KEY);
    await writeSetting(SNAPSHOT_FOLDER_STATUS_KEY, { lastWrittenAt: null, problem: null });
  });
}

async function copyToFolder(
  snapshot: Snapshot,
  bytes: Uint8Array<ArrayBuffer>,
  source: () => Promise<FileSystemDirectoryHandle | null> = getSnapshotFolder,
): Promise<void> {
  const folder = await source();
  if (!folder) return;
  const status = await getFolderStatus();
  try {
    // Never prompts: a background write cannot ask. Settings offers the button that can.
    if ((await folderPermission(folder)) !== 'granted') {
      await writeSetting(SNAPSHOT_FOLDER_STATUS_KEY, { ...status, problem: 'permission' });
      return;
    }
    const name = snapshotFileName(
      snapshot.createdAt,
      snapshot.reason,
      snapshot.encoding === 'gzip',
    );
    await writeSnapshotFile(folder, name, bytes);
    await pruneSnapshotFiles(folder, SNAPSHOTS_KEPT);
    await writeSetting(SNAPSHOT_FOLDER_STATUS_KEY, {
      lastWrittenAt: snapshot.createdAt,
      problem: null,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await writeSetting(SNAPSHOT_FOLDER_STATUS_KEY, { ...status, problem: 'error', message });
    throw error;
  }
}

/** After the person grants permission again: copies the newest snapshot to the folder now. */
export async function copyLatestToFolder(): Promise<void> {
  const latest = await latestSnapshot();
  if (!latest) return;
  await copyToFolder(latest, await snapshotBytes(latest));
}
