import { canonicalJson } from '../../../../src/domain/backup/canonical';
import { dataChecksum } from '../../../../src/domain/backup/checksum';
import {
  BACKUP_TABLES,
  type BackupData,
  type BackupScope,
} from '../../../../src/domain/backup/format';
import { APP_VERSION, BACKUP_FORMAT, FORMAT_VERSION } from '../../../../src/domain/backup/version';

/** A backup file object as the exporter writes it, for data made by a test. */
export async function backupObject(
  data: unknown,
  scope: BackupScope = { kind: 'all' },
): Promise<Record<string, unknown>> {
  return {
    format: BACKUP_FORMAT,
    formatVersion: FORMAT_VERSION,
    appVersion: APP_VERSION,
    exportedAt: '2026-11-23T10:00:00.000Z',
    scope,
    checksum: { algorithm: 'SHA-256', value: await dataChecksum(data) },
    data,
  };
}

export async function backupText(data: unknown, scope?: BackupScope): Promise<string> {
  return JSON.stringify(await backupObject(data, scope));
}

/** Re-signs a changed file object: what someone editing a backup by hand could do. */
export async function resign(file: Record<string, unknown>): Promise<Record<string, unknown>> {
  return { ...file, checksum: { algorithm: 'SHA-256', value: await dataChecksum(file.data) } };
}

/** The data with each table in id order (the order an export writes). */
export function sortedData(data: BackupData): BackupData {
  const out = { ...data };
  for (const table of BACKUP_TABLES) {
    (out as Record<string, unknown[]>)[table] = [...data[table]].sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
  }
  return out;
}

/** Canonical text of sorted data: equal texts mean exactly equal data (undefined = absent). */
export function canonicalData(data: BackupData): string {
  return canonicalJson(sortedData(data));
}
