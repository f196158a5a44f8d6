import { FORMAT_VERSION, OLDEST_FORMAT_VERSION } from './version';

/** A parsed backup file, before validation: whatever JSON.parse gave. */
export type RawBackup = Record<string, unknown>;

/** Turns a file of format version n into one of version n + 1. Pure; never touches storage. */
export type Migration = (file: RawBackup) => RawBackup;

/**
 * The chain of format migrations: MIGRATIONS[n] upgrades version n to n + 1. Append only: a
 * shipped migration is never edited (old files on people's disks depend on it), and each comes
 * with a fixture file of version n in tests/unit/domain/backup/fixtures/.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 1 → 2 only added optional fields (Session.stoppedAtStep, Response.draft): a version 1 file
  // is already a valid version 2 file.
  1: (file) => file,
};

/** Runs a file of an older (supported) version through the chain up to `target`. */
export function migrateToCurrent(
  file: RawBackup,
  from: number,
  chain: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = FORMAT_VERSION,
): RawBackup {
  if (from < OLDEST_FORMAT_VERSION || from > target) {
    throw new RangeError(`No migration path from format ${from} to ${target}.`);
  }
  let current = file;
  for (let version = from; version < target; version += 1) {
    const step = chain[version];
    if (!step) throw new RangeError(`Missing migration from format ${version} to ${version + 1}.`);
    current = { ...step(current), formatVersion: version + 1 };
  }
  return current;
}
