// Sentences about a backup and an import, for the Settings screen.
import { type BackupFile, RECORD_TABLES } from './format';
import type { ImportSummary, TableCounts } from './merge';

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** Totals over the record tables (tombstones are bookkeeping, not people's records). */
export function recordTotals(summary: ImportSummary): TableCounts {
  const total: TableCounts = { new: 0, updated: 0, unchanged: 0, conflicts: 0, deletions: 0 };
  for (const table of RECORD_TABLES) {
    const counts = summary.tables[table];
    for (const key of Object.keys(total) as (keyof TableCounts)[]) total[key] += counts[key];
  }
  return total;
}

export function importResultText(summary: ImportSummary): string {
  if (summary.changes === 0) return 'Import finished: everything in the file was already here.';
  const t = recordTotals(summary);
  const parts = [
    `${plural(t.new, 'record')} added`,
    `${t.updated.toLocaleString()} updated`,
    `${t.deletions.toLocaleString()} deleted`,
  ];
  const kept = t.conflicts
    ? ` ${plural(t.conflicts, 'record')} changed on both sides kept this device’s newer version.`
    : '';
  return `Import finished: ${parts.join(', ')}.${kept}`;
}

/** "A backup of everything, made on 23 Nov 2026, 10:00 by version 0.1.0." */
export function backupDescription(backup: BackupFile, teamName: string | undefined): string {
  const what =
    backup.scope.kind === 'all' ? 'everything' : `the team “${teamName ?? 'unknown team'}”`;
  const made = new Date(backup.exportedAt).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return `A backup of ${what}, made on ${made} by version ${backup.appVersion} of the app.`;
}
