import { type BackupData, RECORD_TABLES, TABLE_LABELS, tombstoneId } from './format';

/**
 * Checks what a schema cannot see across records. Returns a description of the first problem,
 * or null. Applying a file that failed one of these would make the merge ambiguous (the same id
 * twice) or make IndexedDB refuse the write half-way (a duplicate theme tag).
 */
export function findIntegrityProblem(data: BackupData, teamId: string | null): string | null {
  for (const table of [...RECORD_TABLES, 'deletions'] as const) {
    const seen = new Set<string>();
    for (const row of data[table]) {
      if (seen.has(row.id)) return `${TABLE_LABELS[table]} lists the same record twice`;
      seen.add(row.id);
    }
  }
  for (const tombstone of data.deletions) {
    if (tombstone.id !== tombstoneId(tombstone.table, tombstone.recordId)) {
      return `${TABLE_LABELS.deletions}: an id does not match its table and record`;
    }
  }
  const pairs = new Set<string>();
  for (const tag of data.responseThemes) {
    const pair = `${tag.responseId}\u0000${tag.themeId}`;
    if (pairs.has(pair)) return `${TABLE_LABELS.responseThemes} tags the same answer twice`;
    pairs.add(pair);
  }
  if (teamId !== null) {
    const owned = [
      ...data.members,
      ...data.sessions,
      ...data.responses,
      ...data.commitments,
      ...data.themes,
      ...data.responseThemes,
    ];
    const foreign =
      data.teams.some((t) => t.id !== teamId) || owned.some((r) => r.teamId !== teamId);
    if (foreign) return 'a one-team backup holds records of another team';
  }
  return null;
}
