// Merge planning for an import, as pure functions over what the file holds and what the device
// holds for the same ids. The rules (docs/BACKUP-FORMAT.md, "Merge rules"):
// - a record only in the file is added, unless this device deleted it later than the file's
//   copy was last changed (a conflict: this device's deletion stands);
// - a record on both sides with the same content is unchanged; otherwise the newer `updatedAt`
//   wins, and when the file's copy is not newer (older, or the same time with other content)
//   this device's copy is kept and counted as a conflict;
// - a tombstone in the file deletes this device's record when the tombstone is newer than the
//   record's `updatedAt` and the file holds no live copy of that record (a file that holds a
//   record says it is alive, whatever older tombstone it also carries);
// - tombstones are kept and merged (the later `deletedAt` stays).
// Together these make an import idempotent and make export → empty database → import exact.
import type { BaseRecord, Deletion } from '../types';
import { canonicalJson } from './canonical';
import type { BackupTable } from './format';

export interface TableCounts {
  /** Records added. */
  new: number;
  /** Records replaced by the file's newer copy. */
  updated: number;
  /** Records already here exactly as in the file. */
  unchanged: number;
  /** Records changed on both sides where this device's copy (or deletion) is kept. */
  conflicts: number;
  /** Records deleted here because the file says they were deleted later. */
  deletions: number;
}

/** What an import did (or, in a preview, would do), table by table. */
export interface ImportSummary {
  tables: Record<BackupTable, TableCounts>;
  /** Records written or deleted; 0 means the file changes nothing here. */
  changes: number;
}

export interface TablePlan<T> {
  /** Records to write: replacements first, then additions (see `uniqueKey`). */
  puts: T[];
  /** Ids of records to delete. */
  deletes: string[];
  counts: TableCounts;
}

export interface TableMergeInput<T extends BaseRecord> {
  incoming: readonly T[];
  /** The file's tombstones for this table. */
  incomingTombstones: readonly Deletion[];
  /** This device's records with an id found in `incoming` or in `incomingTombstones`. */
  local: ReadonlyMap<string, T>;
  /** This device's tombstones for this table, by record id (at least those of `incoming`). */
  localTombstones: ReadonlyMap<string, Deletion>;
  /**
   * A second unique key of the table (theme tags: one per answer and theme). A record of the
   * file whose key is held here by a record with another id that stays is not written: this
   * device's record is kept (a conflict) instead of IndexedDB refusing the whole import.
   */
  uniqueKey?: (row: T) => string;
  /** This device's records by `uniqueKey`, for the keys of `incoming`. */
  localByUniqueKey?: ReadonlyMap<string, T>;
}

export function emptyCounts(): TableCounts {
  return { new: 0, updated: 0, unchanged: 0, conflicts: 0, deletions: 0 };
}

/**
 * Same record content: compared canonically, so field order and absent-vs-undefined agree.
 * Records read back from a file this device imported keep the file's field order, so the
 * engine's JSON.stringify usually settles it first: equal texts mean the same fields in the same
 * order with the same values, hence equal canonical texts too.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b) || canonicalJson(a) === canonicalJson(b);
}

export function planTableMerge<T extends BaseRecord>(input: TableMergeInput<T>): TablePlan<T> {
  const counts = emptyCounts();
  const updates: T[] = [];
  const additions: T[] = [];
  const incomingIds = new Set<string>();
  for (const row of input.incoming) {
    incomingIds.add(row.id);
    const local = input.local.get(row.id);
    if (!local) {
      const tombstone = input.localTombstones.get(row.id);
      if (tombstone && tombstone.deletedAt > row.updatedAt) counts.conflicts += 1;
      else additions.push(row);
    } else if (sameContent(local, row)) {
      counts.unchanged += 1;
    } else if (row.updatedAt > local.updatedAt) {
      updates.push(row);
    } else {
      counts.conflicts += 1;
    }
  }
  const deletes: string[] = [];
  for (const tombstone of input.incomingTombstones) {
    if (incomingIds.has(tombstone.recordId)) continue;
    const local = input.local.get(tombstone.recordId);
    if (local && tombstone.deletedAt > local.updatedAt) deletes.push(local.id);
  }
  counts.deletions = deletes.length;
  const kept = dropUniqueKeyClashes(additions, updates, deletes, input);
  counts.new = kept.additions.length;
  counts.updated = kept.updates.length;
  counts.conflicts +=
    additions.length + updates.length - kept.additions.length - kept.updates.length;
  return { puts: [...kept.updates, ...kept.additions], deletes, counts };
}

function dropUniqueKeyClashes<T extends BaseRecord>(
  additions: T[],
  updates: T[],
  deletes: readonly string[],
  { uniqueKey, localByUniqueKey, local }: TableMergeInput<T>,
): { additions: T[]; updates: T[] } {
  if (!uniqueKey || !localByUniqueKey) return { additions, updates };
  const deleted = new Set(deletes);
  const replaced = new Map(updates.map((row) => [row.id, row]));
  const keeps = (row: T) => {
    const holder = localByUniqueKey.get(uniqueKey(row));
    if (!holder || holder.id === row.id || deleted.has(holder.id)) return true;
    // An addition may take a key that the file moves its holder away from: replacements are
    // written before additions.
    const replacement = replaced.get(holder.id);
    const moved = replacement !== undefined && uniqueKey(replacement) !== uniqueKey(holder);
    return moved && !local.has(row.id);
  };
  return { additions: additions.filter(keeps), updates: updates.filter(keeps) };
}

export interface TombstonePlan {
  puts: Deletion[];
  counts: TableCounts;
}

/** Tombstones merge by id; the later `deletedAt` stays. */
export function planTombstoneMerge(
  incoming: readonly Deletion[],
  local: ReadonlyMap<string, Deletion>,
): TombstonePlan {
  const counts = emptyCounts();
  const puts: Deletion[] = [];
  for (const tombstone of incoming) {
    const stored = local.get(tombstone.id);
    if (!stored) {
      counts.new += 1;
      puts.push(tombstone);
    } else if (tombstone.deletedAt > stored.deletedAt) {
      counts.updated += 1;
      puts.push(tombstone);
    } else {
      counts.unchanged += 1;
    }
  }
  return { puts, counts };
}
