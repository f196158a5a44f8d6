import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { pillarsCovered } from '../domain/library/coverage';
import type {
  Commitment,
  Deletion,
  Member,
  Plan,
  Prompt,
  Response,
  ResponseTheme,
  Session,
  Setting,
  Snapshot,
  Team,
  Theme,
} from '../domain/types';
import type { AnalysisCacheEntry } from './analysisCache';
import type { StoredDraft } from './drafts';
import { encryptionMiddleware } from './encryption/middleware';

export const DB_NAME = 'parallel-process';

/**
 * Schema version 1, shipped. NEVER EDIT a shipped version: add SCHEMA_V2 with an upgrade
 * function and a test that opens a fixture of version 1 (see docs/DATA.md).
 *
 * Booleans are not indexable in IndexedDB, so archived/retired/pinned flags are filtered in
 * memory on the small tables that hold them. Compound indexes serve the history and insights
 * queries: answers by team and time, by team+pillar and time, by session and step; sessions
 * by team and start time.
 */
export const SCHEMA_V1 = {
  teams: 'id, name, updatedAt',
  members: 'id, teamId, [teamId+name], updatedAt',
  prompts: 'id, pillar, category, [pillar+category], updatedAt',
  plans: 'id, name, updatedAt',
  sessions: 'id, teamId, status, startedAt, [teamId+startedAt], [teamId+status], updatedAt',
  responses:
    'id, sessionId, [sessionId+stepIndex], teamId, [teamId+createdAt], [teamId+pillar+createdAt], [pillar+createdAt], promptId, memberId, updatedAt',
  commitments:
    'id, teamId, sessionId, status, [teamId+createdAt], [teamId+status], reviewedInSessionId, carriedFromId, updatedAt',
  themes: 'id, teamId, [teamId+label], updatedAt',
  responseThemes: 'id, responseId, themeId, teamId, &[responseId+themeId], updatedAt',
  settings: 'key',
} as const;

/**
 * Schema version 2 (adds to v1, changes nothing in it):
 * - sessions: `*pillars` (multi-entry) for the history pillar filter, `[status+startedAt]` for
 *   the status filter across teams;
 * - deletions: tombstones, so a backup merge can honour deletions;
 * - snapshots: rolling compressed automatic backups.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  sessions:
    'id, teamId, status, startedAt, [teamId+startedAt], [teamId+status], [status+startedAt], *pillars, updatedAt',
  deletions: 'id, table, deletedAt',
  snapshots: 'id, createdAt',
} as const;

/** v1 → v2: fills each stored huddle's covered pillars from the prompts it asked. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const prompts = new Map<string, Prompt>(
    (await tx.table<Prompt, string>('prompts').toArray()).map((p) => [p.id, p]),
  );
  await tx
    .table<Session, string>('sessions')
    .toCollection()
    .modify((session) => {
      session.pillars = pillarsCovered(session.steps, prompts);
    });
}

/**
 * Schema version 3 (adds to v2, changes nothing in it):
 * - analysisCache: the last theme analysis and pulse aggregates per team and view, so Insights
 *   opens on the last result at once and works out a fresh one in the background when the data
 *   changed (src/db/analysisCache.ts). Derived data only: never backed up, cleared on restore.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  analysisCache: 'id, teamId, updatedAt',
} as const;

/**
 * Schema version 4 (adds to v3, changes nothing in it):
 * - drafts: text typed but not yet added or saved (a commitment, a guest's name, agreements),
 *   one row per screen and huddle or team, so a reload or a step change never drops it
 *   (src/db/drafts.ts). Its `value` is encrypted while a passphrase is set. Never backed up.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  drafts: 'id, scope, updatedAt',
} as const;

export type AppDB = Dexie & {
  teams: EntityTable<Team, 'id'>;
  members: EntityTable<Member, 'id'>;
  prompts: EntityTable<Prompt, 'id'>;
  plans: EntityTable<Plan, 'id'>;
  sessions: EntityTable<Session, 'id'>;
  responses: EntityTable<Response, 'id'>;
  commitments: EntityTable<Commitment, 'id'>;
  themes: EntityTable<Theme, 'id'>;
  responseThemes: EntityTable<ResponseTheme, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  deletions: EntityTable<Deletion, 'id'>;
  snapshots: EntityTable<Snapshot, 'id'>;
  analysisCache: EntityTable<AnalysisCacheEntry, 'id'>;
  drafts: EntityTable<StoredDraft, 'id'>;
};

/** Builds a database handle with every schema version declared, oldest first. */
export function createDatabase(name: string = DB_NAME): AppDB {
  // Strict durability: `complete` fires only once the data is on disk (Chrome defaults to
  // relaxed since 121), so an answer acknowledged as saved survives a crash.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as AppDB;
  db.version(1).stores(SCHEMA_V1);
  // The upgrade returns its promise: a failure aborts the upgrade instead of half-applying it.
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade((tx) => upgradeToV2(tx));
  // v2 → v3 only adds an empty table: nothing stored changes, so there is no upgrade function.
  db.version(3).stores(SCHEMA_V3);
  // v3 → v4 only adds an empty table, like v3.
  db.version(4).stores(SCHEMA_V4);
  // Seals and opens the encrypted fields while a passphrase is set (src/db/encryption/).
  db.use(encryptionMiddleware);
  return db;
}
