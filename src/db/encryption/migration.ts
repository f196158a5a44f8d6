// Turning the lock on or off rewrites every record's encrypted fields, in chunks. Each chunk is
// one transaction that also records how far it got (setting `encryption-migration`), and every
// field says for itself whether it is sealed: a crash at any point leaves each record readable
// (plain, or sealed with a key the passphrase opens) and the next unlock carries on.
import { now } from '../../lib/clock';
import type { AppDB } from '../schema';
import {
  ENCRYPTION_SETTING,
  type EncryptionConfig,
  MIGRATION_SETTING,
  type MigrationDirection,
  type MigrationProgress,
  readConfig,
  readMigration,
} from './config';
import { LockedError } from './errors';
import { ENCRYPTED_TABLES } from './fields';
import { whileAlive } from './keepAlive';
import { getKeyring } from './keyring';
import { markRawTransaction } from './middleware';
import {
  hasFieldSealedWithOtherKey,
  hasPlainField,
  hasSealedField,
  openRecord,
  sealRecord,
} from './records';

export const MIGRATION_CHUNK = 200;

export interface MigrationOptions {
  chunkSize?: number;
  /** Called after each committed chunk (progress display; tests interrupt here). */
  onChunk?: (done: number) => void;
}

type Row = { id: string } & Record<string, unknown>;

async function transform(
  table: string,
  rows: Row[],
  direction: MigrationDirection,
): Promise<Row[]> {
  const { key, keyId } = getKeyring();
  if (!key || !keyId) throw new LockedError();
  const changed: Row[] = [];
  for (const row of rows) {
    if (direction === 'encrypt') {
      if (hasPlainField(table, row) || hasFieldSealedWithOtherKey(table, row, keyId)) {
        changed.push((await sealRecord(table, row, key, keyId, row.id)) as Row);
      }
    } else if (hasSealedField(table, row)) {
      changed.push((await openRecord(table, row, row.id)) as Row);
    }
  }
  return changed;
}

async function runChunk(
  db: AppDB,
  table: string,
  after: string | null,
  direction: MigrationDirection,
  chunkSize: number,
): Promise<{ read: number; last: string | null }> {
  return db.transaction('rw', [table, 'settings'], async (tx) => {
    // Values pass through the middleware unchanged in this transaction: the raw form is needed
    // to tell sealed from plain, and the transformed form is written as is.
    markRawTransaction(tx.idbtrans);
    const target = tx.table<Row, string>(table);
    const rows = await (after === null ? target.orderBy(':id') : target.where(':id').above(after))
      .limit(chunkSize)
      .toArray();
    const changed = await whileAlive(tx.idbtrans, transform(table, rows, direction));
    if (changed.length > 0) await target.bulkPut(changed);
    const last = rows.at(-1)?.id ?? after;
    const progress: MigrationProgress = { direction, table, lastKey: last };
    await tx.table('settings').put({ key: MIGRATION_SETTING, value: progress, updatedAt: now() });
    return { read: rows.length, last };
  });
}

async function finish(db: AppDB, direction: MigrationDirection): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.delete(MIGRATION_SETTING);
    if (direction === 'decrypt') {
      await db.settings.delete(ENCRYPTION_SETTING);
      return;
    }
    // Every record is under the newest key now: older wrapped keys (from before a passphrase
    // change) are dropped, so the old passphrase's key is gone for good.
    const config = await readConfig(db);
    const newest = config?.keys.at(-1);
    if (config && newest && config.keys.length > 1) {
      const next: EncryptionConfig = { ...config, keys: [newest] };
      await db.settings.put({ key: ENCRYPTION_SETTING, value: next, updatedAt: now() });
    }
  });
}

/**
 * Runs the recorded migration from where it stopped. The keyring must hold the key (encrypt:
 * the key to seal with; decrypt: the keys to open with). Resolves when every table is done.
 */
export async function runMigration(db: AppDB, options: MigrationOptions = {}): Promise<void> {
  const chunkSize = options.chunkSize ?? MIGRATION_CHUNK;
  const progress = await readMigration(db);
  if (!progress) return;
  const start = Math.max(0, ENCRYPTED_TABLES.indexOf(progress.table));
  let chunks = 0;
  for (const table of ENCRYPTED_TABLES.slice(start)) {
    let after = table === progress.table ? progress.lastKey : null;
    for (;;) {
      const { read, last } = await runChunk(db, table, after, progress.direction, chunkSize);
      chunks += 1;
      options.onChunk?.(chunks);
      if (read < chunkSize) break;
      after = last;
    }
  }
  await finish(db, progress.direction);
}
