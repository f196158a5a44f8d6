/** Why a file cannot be imported. Each has its own message; none writes anything. */
export type BackupProblem =
  | 'too-large'
  | 'not-json'
  | 'not-backup'
  | 'damaged'
  | 'newer-version'
  | 'unsupported-version'
  | 'checksum-mismatch'
  | 'invalid';

/** A backup that cannot be imported; the message is for people and says nothing was changed. */
export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    readonly problem: BackupProblem,
    message: string,
  ) {
    super(message);
  }
}

const NOTHING_CHANGED = 'Nothing was imported.';

export function tooLarge(sizeBytes: number, limitBytes: number): BackupError {
  const mb = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
  return new BackupError(
    'too-large',
    `This file is too large to be a backup (${mb(sizeBytes)} MB; the limit is ${mb(limitBytes)} MB). ${NOTHING_CHANGED}`,
  );
}

export function notJson(): BackupError {
  return new BackupError(
    'not-json',
    `This file is not a Parallel Process backup: it is not a JSON file. Backup files are named like “parallel-process-backup-2026-11-23.json”. ${NOTHING_CHANGED}`,
  );
}

export function notBackup(): BackupError {
  return new BackupError(
    'not-backup',
    `This file is not a Parallel Process backup: it is JSON, but not in the backup format. ${NOTHING_CHANGED}`,
  );
}

export function damaged(detail = ''): BackupError {
  return new BackupError(
    'damaged',
    `This backup file is damaged or incomplete${detail ? ` (${detail})` : ''}: it may have been cut off while it was copied. ${NOTHING_CHANGED}`,
  );
}

export function newerVersion(version: number, supported: number): BackupError {
  return new BackupError(
    'newer-version',
    `This backup was made by a newer version of the app (backup format ${version}; this version reads up to ${supported}). Update the app first, then import the file again. ${NOTHING_CHANGED}`,
  );
}

export function unsupportedVersion(version: unknown): BackupError {
  return new BackupError(
    'unsupported-version',
    `This backup’s format version (${String(version)}) is not one this app knows. ${NOTHING_CHANGED}`,
  );
}

export function checksumMismatch(): BackupError {
  return new BackupError(
    'checksum-mismatch',
    `This backup file was changed or damaged after it was exported: its contents do not match its checksum. ${NOTHING_CHANGED}`,
  );
}

export function invalid(detail: string): BackupError {
  return new BackupError('invalid', `This backup file is damaged: ${detail}. ${NOTHING_CHANGED}`);
}
