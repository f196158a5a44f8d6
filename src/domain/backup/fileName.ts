import { localDate } from './csvRows';

/** A team name made safe for a file name: lower-case ASCII letters, digits and dashes. */
function slug(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return ascii || 'team';
}

/** `parallel-process-backup-2026-11-23.json`, or `…-backup-<team>-2026-11-23.json` for a team. */
export function backupFileName(at: number, teamName?: string): string {
  const team = teamName === undefined ? '' : `${slug(teamName)}-`;
  return `parallel-process-backup-${team}${localDate(at)}.json`;
}

export function csvFileName(what: 'answers' | 'commitments', at: number): string {
  return `parallel-process-${what}-${localDate(at)}.csv`;
}
