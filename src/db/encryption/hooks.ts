// Live views of the lock for React: the status (from the keyring in memory) and the stored
// settings around it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { db } from '../db';
import { type MigrationProgress, readMigration } from './config';
import { subscribeKeyring } from './keyring';
import { type LockStatus, lockStatus } from './session';

export function useLockStatus(): LockStatus {
  return useSyncExternalStore(subscribeKeyring, lockStatus, lockStatus);
}

/** The unfinished migration, null when none, undefined while loading. */
export function useMigrationProgress(): MigrationProgress | null | undefined {
  return useLiveQuery(() => readMigration(db), [], undefined);
}
