// What is stored about the lock, in the `settings` table: the passphrase's salt and iteration
// count, a key check, and the data keys wrapped by the passphrase key. Never the passphrase,
// never a key in the clear. Renaming these keys loses the lock's settings: it needs a migration.
import type { AppDB } from '../schema';
import type { Envelope } from './envelope';

export const ENCRYPTION_SETTING = 'encryption';
export const MIGRATION_SETTING = 'encryption-migration';

export interface EncryptionConfig {
  version: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: Uint8Array<ArrayBuffer> };
  /** KEY_CHECK_TEXT sealed with the passphrase key: a wrong passphrase fails to open it. */
  check: Envelope;
  /** Data keys wrapped with the passphrase key; the last one seals new writes. */
  keys: { id: string; wrapped: Envelope }[];
}

export type MigrationDirection = 'encrypt' | 'decrypt';

/** Progress of turning the lock on (or changing the passphrase) or off, chunk by chunk. */
export interface MigrationProgress {
  direction: MigrationDirection;
  /** The table being processed (one of ENCRYPTED_TABLES). */
  table: string;
  /** Primary key of the last record done in `table`; null before its first chunk. */
  lastKey: string | null;
}

export const KEY_CHECK_TEXT = 'parallel-process key check v1';
export const KEY_CHECK_LABEL = 'pp:key-check';

export async function readConfig(db: AppDB): Promise<EncryptionConfig | null> {
  const row = await db.settings.get(ENCRYPTION_SETTING);
  return (row?.value as EncryptionConfig | undefined) ?? null;
}

export async function readMigration(db: AppDB): Promise<MigrationProgress | null> {
  const row = await db.settings.get(MIGRATION_SETTING);
  return (row?.value as MigrationProgress | undefined) ?? null;
}
