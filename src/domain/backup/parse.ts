import { canonicalJson } from './canonical';
import { sha256Hex } from './checksum';
import { describeIssue } from './describeIssue';
import {
  BackupError,
  checksumMismatch,
  damaged,
  invalid,
  newerVersion,
  notBackup,
  notJson,
  unsupportedVersion,
} from './errors';
import { backupFileSchema } from './fileSchema';
import type { BackupFile } from './format';
import { findIntegrityProblem } from './integrity';
import { migrateToCurrent, type RawBackup } from './migrations';
import { BACKUP_FORMAT, FORMAT_VERSION, OLDEST_FORMAT_VERSION } from './version';

function isObject(value: unknown): value is RawBackup {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  // An editor may have added a byte-order mark; JSON.parse refuses one.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch {
    // Our marker is near the top of every backup: if it is there, the file was ours once.
    throw body.slice(0, 200).includes(BACKUP_FORMAT) ? damaged() : notJson();
  }
}

async function verifyChecksum(file: RawBackup): Promise<void> {
  const { checksum, data } = file;
  if (!isObject(checksum) || typeof checksum.value !== 'string') {
    throw damaged('its checksum is missing');
  }
  if (checksum.algorithm !== 'SHA-256') throw damaged('its checksum is of an unknown kind');
  if (!isObject(data)) throw damaged('it holds no data');
  let actual: string;
  try {
    // The exporter writes `data` in canonical form and JSON.parse keeps each object's keys in
    // file order, so the engine's own JSON.stringify usually gives the canonical text again at
    // a fraction of canonicalJson's cost. When its hash matches, that text IS canonical (every
    // object's keys already sorted), so canonicalJson(data) would give the very same text.
    // Otherwise (a pretty-printed or re-ordered file, integer-like keys that JSON.parse moves
    // first) the canonical text is computed as the format defines it.
    if ((await sha256Hex(JSON.stringify(data))) === checksum.value) return;
    actual = await sha256Hex(canonicalJson(data));
  } catch {
    throw damaged('its data cannot be read');
  }
  if (actual !== checksum.value) throw checksumMismatch();
}

/**
 * Reads a backup file's text into a validated, current-format backup, or throws a BackupError
 * naming the problem. Order matters: the version is checked before the checksum (a newer
 * version may checksum differently), and the checksum before validation (so a file changed
 * after export is reported as such, not as whatever the change broke).
 */
export async function parseBackupText(text: string): Promise<BackupFile> {
  const raw = parseJson(text);
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT) throw notBackup();
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw unsupportedVersion(version);
  }
  if (version > FORMAT_VERSION) throw newerVersion(version, FORMAT_VERSION);
  if (version < OLDEST_FORMAT_VERSION) throw unsupportedVersion(version);
  await verifyChecksum(raw);
  const current = migrateToCurrent(raw, version);
  const result = backupFileSchema.safeParse(current);
  if (!result.success) {
    const [issue] = result.error.issues;
    throw invalid(issue ? describeIssue(issue, current) : 'it does not match the backup format');
  }
  const backup = result.data;
  const problem = findIntegrityProblem(
    backup.data,
    backup.scope.kind === 'team' ? backup.scope.teamId : null,
  );
  if (problem) throw invalid(problem);
  return backup;
}

export function isBackupError(error: unknown): error is BackupError {
  return error instanceof BackupError;
}
