import { tombstoneId } from '../domain/backup/format';
import type { SyncedTable } from '../domain/types';
import { now } from '../lib/clock';
import { db } from './db';

/**
 * Records that records were deleted, so a backup merge elsewhere deletes them too instead of
 * bringing them back. Call it inside the deleting transaction, with `db.deletions` in its scope:
 * the deletion and its tombstone are then written together or not at all.
 */
export async function recordDeletion(table: SyncedTable, ...recordIds: string[]): Promise<void> {
  if (recordIds.length === 0) return;
  const deletedAt = now();
  await db.deletions.bulkPut(
    recordIds.map((recordId) => ({ id: tombstoneId(table, recordId), table, recordId, deletedAt })),
  );
}
