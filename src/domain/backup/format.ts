// The shape of a backup file (format version 1). Field by field in docs/BACKUP-FORMAT.md.
import type {
  Commitment,
  Deletion,
  Member,
  Plan,
  Prompt,
  Response,
  ResponseTheme,
  Session,
  SyncedTable,
  Team,
  Theme,
} from '../types';

export type BackupScope = { kind: 'all' } | { kind: 'team'; teamId: string };

export interface BackupData {
  teams: Team[];
  members: Member[];
  prompts: Prompt[];
  plans: Plan[];
  sessions: Session[];
  responses: Response[];
  commitments: Commitment[];
  themes: Theme[];
  responseThemes: ResponseTheme[];
  deletions: Deletion[];
}

export interface BackupFile {
  format: 'parallel-process-backup';
  formatVersion: 2;
  appVersion: string;
  /** ISO 8601 time of the export (UTC). */
  exportedAt: string;
  scope: BackupScope;
  checksum: { algorithm: 'SHA-256'; value: string };
  data: BackupData;
}

/** Every table a backup carries, in the order screens list them. */
export type BackupTable = keyof BackupData;

/** The record tables (everything but the tombstones); merged by id and `updatedAt`. */
export const RECORD_TABLES = [
  'teams',
  'members',
  'prompts',
  'plans',
  'sessions',
  'responses',
  'commitments',
  'themes',
  'responseThemes',
] as const satisfies readonly SyncedTable[];

export const BACKUP_TABLES = [...RECORD_TABLES, 'deletions'] as const satisfies BackupTable[];

/** Words people use for each table (messages, preview). */
export const TABLE_LABELS: Record<BackupTable, string> = {
  teams: 'Teams',
  members: 'People',
  prompts: 'Prompts',
  plans: 'Plans',
  sessions: 'Huddles',
  responses: 'Answers',
  commitments: 'Commitments',
  themes: 'Themes',
  responseThemes: 'Theme tags',
  deletions: 'Deletion records',
};

/** The id of the tombstone of a record. Changing it orphans every stored tombstone. */
export function tombstoneId(table: SyncedTable, recordId: string): string {
  return `${table}:${recordId}`;
}

export function emptyBackupData(): BackupData {
  return {
    teams: [],
    members: [],
    prompts: [],
    plans: [],
    sessions: [],
    responses: [],
    commitments: [],
    themes: [],
    responseThemes: [],
    deletions: [],
  };
}
