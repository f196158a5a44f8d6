import Dexie, { type EntityTable } from 'dexie';
import type {
  Commitment,
  Member,
  Plan,
  Prompt,
  Response,
  ResponseTheme,
  Session,
  Setting,
  Team,
  Theme,
} from '../domain/types';

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
};

/** Builds a database handle with every schema version declared, oldest first. */
export function createDatabase(name: string = DB_NAME): AppDB {
  // Strict durability: `complete` fires only once the data is on disk (Chrome defaults to
  // relaxed since 121), so an answer acknowledged as saved survives a crash.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as AppDB;
  db.version(1).stores(SCHEMA_V1);
  return db;
}
