// Backups: export (all teams or one), read + validate a file, preview and apply an import
// (merge), replace everything with a backup (snapshot restore), and the spreadsheet exports.
// The format, its checks and the merge rules are pure code in src/domain/backup/; this file
// reads and writes IndexedDB in pages and chunks. See docs/BACKUP-FORMAT.md.
import type { Table } from 'dexie';
import { canonicalJson } from '../domain/backup/canonical';
import { sha256Hex } from '../domain/backup/checksum';
import {
  ANSWER_COLUMNS,
  answerRow,
  COMMITMENT_COLUMNS,
  type CsvLookups,
  commitmentRow,
  orderAnswers,
} from '../domain/backup/csvRows';
import { tooLarge } from '../domain/backup/errors';
import { backupFileName, csvFileName } from '../domain/backup/fileName';
import {
  BACKUP_TABLES,
  type BackupData,
  type BackupFile,
  type BackupScope,
  type BackupTable,
  emptyBackupData,
  RECORD_TABLES,
  tombstoneId,
} from '../domain/backup/format';
import {
  type ImportSummary,
  planTableMerge,
  planTombstoneMerge,
  type TableCounts,
} from '../domain/backup/merge';
import { parseBackupText } from '../domain/backup/parse';
import { APP_VERSION, BACKUP_FORMAT, FORMAT_VERSION } from '../domain/backup/version';
import type { BaseRecord, Deletion, ResponseTheme, SyncedTable } from '../domain/types';
import { now } from '../lib/clock';
import { toCsv } from '../lib/csv';
import { db } from './db';
import { writeSetting } from './settings';
import { requireFound, ValidationError } from './validate';

/** Files above this are refused before a byte is read (a backup of 50,000 answers is ~25 MB). */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
/** Setting: when the last backup file was made (epoch ms). A reminder reads it. */
export const LAST_EXPORT_SETTING = 'lastExportAt';
/** Rows per read page and per write chunk: large enough to be fast, small enough for Firefox. */
const CHUNK = 1000;
/** Looking up fewer ids than 1/SCAN_RATIO of a table: by key; more: by reading it in pages. */
const SCAN_RATIO = 10;

export const ALL_TEAMS: BackupScope = { kind: 'all' };

type AnyTable = Table<BaseRecord | Deletion, string>;

function tableOf(name: BackupTable): AnyTable {
  return db.table(name);
}

function backupTables(): AnyTable[] {
  return BACKUP_TABLES.map(tableOf);
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

// ── Reading in pages ─────────────────────────────────────────────────────────────────────

/** A whole table in primary-key order, a page at a time (key ranges, not offsets). */
async function readAll<T extends { id: string }, I>(table: Table<T, string, I>): Promise<T[]> {
  const rows: T[] = [];
  let page = await table.orderBy(':id').limit(CHUNK).toArray();
  while (page.length > 0) {
    rows.push(...page);
    const last = page.at(-1);
    if (page.length < CHUNK || !last) break;
    page = await table.where(':id').above(last.id).limit(CHUNK).toArray();
  }
  return rows;
}

/** The records with these ids that exist, in id order, read a chunk at a time. */
async function readByIds<T, I>(table: Table<T, string, I>, ids: Iterable<string>): Promise<T[]> {
  const sorted = [...new Set(ids)].sort();
  const rows: T[] = [];
  for (const chunk of chunks(sorted)) {
    for (const row of await table.bulkGet(chunk)) if (row !== undefined) rows.push(row);
  }
  return rows;
}

/**
 * This device's records with these ids. Dexie's bulkGet makes one IndexedDB request per key,
 * which costs seconds for tens of thousands of keys in Chromium; reading the whole table in
 * key-range pages is far cheaper once the ids are a good share of it (an import of a full backup).
 */
async function readMap<T extends { id: string }, I>(
  table: Table<T, string, I>,
  ids: Iterable<string>,
): Promise<Map<string, T>> {
  const wanted = new Set(ids);
  if (wanted.size === 0) return new Map();
  const stored = await table.count();
  if (stored === 0) return new Map();
  const rows =
    wanted.size * SCAN_RATIO < stored
      ? await readByIds(table, wanted)
      : (await readAll(table)).filter((row) => wanted.has(row.id));
  return new Map(rows.map((row) => [row.id, row]));
}

async function readTeamRows<T, I>(table: Table<T, string, I>, teamId: string): Promise<T[]> {
  const ids = await table.where('teamId').equals(teamId).primaryKeys();
  return readByIds(table, ids);
}

// ── Export ───────────────────────────────────────────────────────────────────────────────

/** One team's records, the prompts and plans its huddles used; no tombstones (see the doc). */
async function readTeamData(teamId: string): Promise<BackupData> {
  const data = emptyBackupData();
  data.teams = [requireFound(await db.teams.get(teamId), 'Team')];
  data.members = await readTeamRows(db.members, teamId);
  data.sessions = await readTeamRows(db.sessions, teamId);
  data.responses = await readTeamRows(db.responses, teamId);
  data.commitments = await readTeamRows(db.commitments, teamId);
  data.themes = await readTeamRows(db.themes, teamId);
  data.responseThemes = await readTeamRows(db.responseThemes, teamId);
  data.plans = await readByIds(
    db.plans,
    data.sessions.map((s) => s.planId),
  );
  const promptIds = new Set<string>();
  for (const s of data.sessions)
    for (const step of s.steps) for (const p of step.promptIds) promptIds.add(p);
  for (const r of data.responses) promptIds.add(r.promptId);
  for (const plan of data.plans) {
    for (const step of plan.steps) {
      if (step.source?.type === 'prompts') for (const p of step.source.promptIds) promptIds.add(p);
    }
  }
  data.prompts = await readByIds(db.prompts, promptIds);
  return data;
}

async function readBackupData(scope: BackupScope): Promise<BackupData> {
  // One read transaction: the file is a consistent picture even if a huddle is saving.
  return db.transaction('r', backupTables(), async () => {
    if (scope.kind === 'team') return readTeamData(scope.teamId);
    const data = emptyBackupData();
    for (const table of BACKUP_TABLES) {
      (data as Record<BackupTable, unknown[]>)[table] = await readAll(tableOf(table));
    }
    return data;
  });
}

export type BackupCounts = Record<BackupTable, number>;

function countRows(data: BackupData): BackupCounts {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, data[t].length])) as BackupCounts;
}

/**
 * The backup file's text. `data` is written in canonical form, the very text the checksum is
 * taken over, so the file can be checked without re-serialising anything but what it holds.
 */
export async function exportBackupJson(scope: BackupScope = ALL_TEAMS): Promise<string> {
  return (await buildBackup(scope)).json;
}

/** A whole-database backup's text with its table counts and checksum (for a snapshot). */
export async function exportDescribedBackup(): Promise<{
  json: string;
  counts: BackupCounts;
  checksum: string;
}> {
  const { json, counts, checksum } = await buildBackup(ALL_TEAMS);
  return { json, counts, checksum };
}

async function buildBackup(scope: BackupScope) {
  const data = await readBackupData(scope);
  const dataJson = canonicalJson(data);
  const header: Omit<BackupFile, 'data'> = {
    format: BACKUP_FORMAT,
    formatVersion: FORMAT_VERSION,
    appVersion: APP_VERSION,
    exportedAt: new Date(now()).toISOString(),
    scope,
    checksum: { algorithm: 'SHA-256', value: await sha256Hex(dataJson) },
  };
  const headerJson = JSON.stringify(header);
  return {
    json: `${headerJson.slice(0, -1)},"data":${dataJson}}`,
    counts: countRows(data),
    checksum: header.checksum.value,
    teamName: scope.kind === 'team' ? data.teams[0]?.name : undefined,
  };
}

export interface ExportedFile {
  blob: Blob;
  fileName: string;
  counts: BackupCounts;
}

/** A backup file ready to download. Call `recordExport` once it has been handed over. */
export async function exportBackup(scope: BackupScope = ALL_TEAMS): Promise<ExportedFile> {
  const { json, counts, teamName } = await buildBackup(scope);
  return {
    blob: new Blob([json], { type: 'application/json' }),
    fileName: backupFileName(now(), teamName),
    counts,
  };
}

export function recordExport(): Promise<void> {
  return writeSetting(LAST_EXPORT_SETTING, now());
}

// ── Import ───────────────────────────────────────────────────────────────────────────────

/** Checks the size first (never reads an oversized file), then parses and validates. */
export async function readBackupFile(file: Blob): Promise<BackupFile> {
  if (file.size > MAX_BACKUP_BYTES) throw tooLarge(file.size, MAX_BACKUP_BYTES);
  return parseBackupText(await file.text());
}

interface ImportPlan {
  tables: Record<SyncedTable, { puts: BaseRecord[]; deletes: string[]; counts: TableCounts }>;
  tombstones: { puts: Deletion[]; counts: TableCounts };
}

const pairKey = (tag: ResponseTheme) => `${tag.responseId}\u0000${tag.themeId}`;

/** Local theme tags holding the (answer, theme) pairs of the file's tags. */
async function localTagsByPair(incoming: readonly ResponseTheme[]) {
  const byPair = new Map<string, ResponseTheme>();
  const stored = incoming.length === 0 ? 0 : await db.responseThemes.count();
  if (stored === 0) return byPair;
  if (incoming.length * SCAN_RATIO >= stored) {
    const wanted = new Set(incoming.map(pairKey));
    for (const tag of await readAll(db.responseThemes)) {
      if (wanted.has(pairKey(tag))) byPair.set(pairKey(tag), tag);
    }
    return byPair;
  }
  for (const chunk of chunks(incoming)) {
    const pairs = chunk.map((t) => [t.responseId, t.themeId]);
    const held = await db.responseThemes.where('[responseId+themeId]').anyOf(pairs).toArray();
    for (const tag of held) byPair.set(pairKey(tag), tag);
  }
  return byPair;
}

async function planTable(table: SyncedTable, data: BackupData) {
  const incoming = data[table] as BaseRecord[];
  const incomingTombstones = data.deletions.filter((d) => d.table === table);
  const local = await readMap(tableOf(table) as Table<BaseRecord, string>, [
    ...incoming.map((r) => r.id),
    ...incomingTombstones.map((d) => d.recordId),
  ]);
  const missing = incoming.filter((r) => !local.has(r.id)).map((r) => tombstoneId(table, r.id));
  const localTombstones = new Map(
    [...(await readMap(db.deletions, missing)).values()].map((d) => [d.recordId, d]),
  );
  const unique =
    table === 'responseThemes'
      ? {
          uniqueKey: (row: BaseRecord) => pairKey(row as ResponseTheme),
          localByUniqueKey: await localTagsByPair(data.responseThemes),
        }
      : {};
  return planTableMerge({ incoming, incomingTombstones, local, localTombstones, ...unique });
}

/** Must run inside a transaction over every backup table. */
async function planImport(data: BackupData): Promise<ImportPlan> {
  const tables = {} as ImportPlan['tables'];
  for (const table of RECORD_TABLES) tables[table] = await planTable(table, data);
  const localTombstones = await readMap(
    db.deletions,
    data.deletions.map((d) => d.id),
  );
  return { tables, tombstones: planTombstoneMerge(data.deletions, localTombstones) };
}

function summarise(plan: ImportPlan): ImportSummary {
  const tables = {} as ImportSummary['tables'];
  let changes = plan.tombstones.puts.length;
  for (const table of RECORD_TABLES) {
    const { counts, puts, deletes } = plan.tables[table];
    tables[table] = counts;
    changes += puts.length + deletes.length;
  }
  tables.deletions = plan.tombstones.counts;
  return { tables, changes };
}

/** What applying this backup would do here, without writing anything. */
export async function previewImport(backup: BackupFile): Promise<ImportSummary> {
  // An async scope function: Dexie follows native awaits only inside one (a plain arrow that
  // returns planImport's promise lets the transaction commit before the plan is done).
  const plan = await db.transaction('r', backupTables(), async () => await planImport(backup.data));
  return summarise(plan);
}

/**
 * Merges the backup in ONE read-write transaction: it is planned again inside it (the data may
 * have changed since the preview), deletions first, then writes in chunks. Any failure rolls
 * everything back. Take a safety snapshot before calling this.
 */
export async function applyImport(backup: BackupFile): Promise<ImportSummary> {
  return db.transaction('rw', backupTables(), async () => {
    const plan = await planImport(backup.data);
    for (const table of RECORD_TABLES) {
      const { puts, deletes } = plan.tables[table];
      const target = tableOf(table);
      for (const chunk of chunks(deletes)) await target.bulkDelete(chunk);
      for (const chunk of chunks(puts)) await target.bulkPut(chunk);
    }
    for (const chunk of chunks(plan.tombstones.puts)) await db.deletions.bulkPut(chunk);
    return summarise(plan);
  });
}

/**
 * Replaces everything the backup covers with the backup's own data (restoring a snapshot:
 * "go back to how it was", which a merge would not do). Only for whole-database backups.
 */
export async function restoreBackupJson(json: string): Promise<void> {
  const backup = await parseBackupText(json);
  if (backup.scope.kind !== 'all') {
    throw new ValidationError('Only a backup of everything can replace all the data.');
  }
  await db.transaction('rw', backupTables(), async () => {
    for (const table of BACKUP_TABLES) {
      const target = tableOf(table);
      await target.clear();
      for (const chunk of chunks(backup.data[table] as BaseRecord[])) await target.bulkPut(chunk);
    }
  });
}

// ── Spreadsheets ─────────────────────────────────────────────────────────────────────────

async function csvLookups(): Promise<CsvLookups> {
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  return {
    teams: byId(await readAll(db.teams)),
    sessions: byId(await readAll(db.sessions)),
    prompts: byId(await readAll(db.prompts)),
    members: byId(await readAll(db.members)),
  };
}

export interface CsvFile {
  blob: Blob;
  fileName: string;
  /** Data rows (without the header). */
  rows: number;
}

function csvFile(rows: string[][], what: 'answers' | 'commitments'): CsvFile {
  return {
    blob: new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }),
    fileName: csvFileName(what, now()),
    rows: rows.length - 1,
  };
}

/** Every answer of every team, one row each (anonymous answers name nobody). */
export async function exportAnswersCsv(): Promise<CsvFile> {
  const { lookups, answers } = await db.transaction('r', backupTables(), async () => ({
    lookups: await csvLookups(),
    answers: await readAll(db.responses),
  }));
  const rows = orderAnswers(answers, lookups).map((a) => answerRow(a, lookups));
  return csvFile([[...ANSWER_COLUMNS], ...rows], 'answers');
}

/** Every commitment of every team, oldest first. */
export async function exportCommitmentsCsv(): Promise<CsvFile> {
  const { teams, commitments } = await db.transaction('r', db.teams, db.commitments, async () => ({
    teams: new Map((await readAll(db.teams)).map((t) => [t.id, t])),
    commitments: await readAll(db.commitments),
  }));
  commitments.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const rows = commitments.map((c) => commitmentRow(c, teams));
  return csvFile([[...COMMITMENT_COLUMNS], ...rows], 'commitments');
}
