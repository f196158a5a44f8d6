// Loading and removing the made-up sample organisation (Settings → Explore with sample data).
// Everything sample hangs off teams marked `sample: true`, so removal can find it all and never
// touches a real team's records.
import { useLiveQuery } from 'dexie-react-hooks';
import { tombstoneId } from '../domain/backup/format';
import { DEFAULT_SAMPLE_SEED, generateSampleData } from '../domain/sample/generate';
import type { Millis, SyncedTable } from '../domain/types';
import { db } from './db';
import { recordDeletion } from './tombstones';
import { ValidationError } from './validate';

/** Rows per bulkAdd: large enough to be quick, small enough to report progress. */
const CHUNK = 1000;

export interface SampleCounts {
  teams: number;
  members: number;
  sessions: number;
  responses: number;
  commitments: number;
}

export interface LoadSampleOptions {
  seed?: number;
  /** Called after each chunk with rows written so far and the total. */
  onProgress?: (written: number, total: number) => void;
}

type SampleTable = 'teams' | 'members' | 'sessions' | 'responses' | 'commitments';
/** Tables whose records name their team (indexed `teamId`). */
type TeamOwnedTable =
  | 'members'
  | 'sessions'
  | 'responses'
  | 'commitments'
  | 'themes'
  | 'responseThemes';
const SAMPLE_TABLES: readonly SampleTable[] = [
  'teams',
  'members',
  'sessions',
  'responses',
  'commitments',
];

export async function hasSampleData(): Promise<boolean> {
  // The teams table is small: a scan is cheaper than an index on a boolean (not indexable).
  return (await db.teams.filter((t) => t.sample === true).count()) > 0;
}

/** True when sample data is loaded; undefined while the first read is on its way. */
export function useHasSampleData(): boolean | undefined {
  return useLiveQuery(hasSampleData, []);
}

/**
 * Generates the sample organisation ending at `now` and writes it in ONE transaction (in chunks
 * of 1,000 rows), so a failure half-way leaves nothing behind. Refused when it is already loaded.
 */
export async function loadSampleData(
  now: Millis,
  { seed = DEFAULT_SAMPLE_SEED, onProgress }: LoadSampleOptions = {},
): Promise<SampleCounts> {
  if (await hasSampleData()) {
    throw new ValidationError('Sample data is already loaded. Remove it first to load it again.');
  }
  const data = generateSampleData({ now, seed });
  const total = SAMPLE_TABLES.reduce((sum, table) => sum + data[table].length, 0);
  const tables = [...SAMPLE_TABLES.map((t) => db.table(t)), db.deletions];
  await db.transaction('rw', tables, async () => {
    // Checked again inside the transaction: another tab may have loaded it meanwhile.
    if (await hasSampleData()) {
      throw new ValidationError('Sample data is already loaded. Remove it first to load it again.');
    }
    // Loading again at the same moment with the same seed gives the same ids: tombstones of the
    // earlier removal would mark these fresh records as deleted in a backup merge.
    const clearTombstones = (await db.deletions.count()) > 0;
    let written = 0;
    for (const table of SAMPLE_TABLES) {
      const rows: { id: string }[] = data[table];
      for (let i = 0; i < rows.length; i += CHUNK) {
        const chunk = rows.slice(i, i + CHUNK);
        await db.table(table).bulkAdd(chunk);
        if (clearTombstones)
          await db.deletions.bulkDelete(chunk.map((r) => tombstoneId(table, r.id)));
        written += chunk.length;
        onProgress?.(written, total);
      }
    }
  });
  return {
    teams: data.teams.length,
    members: data.members.length,
    sessions: data.sessions.length,
    responses: data.responses.length,
    commitments: data.commitments.length,
  };
}

export interface RemovedCounts extends SampleCounts {
  themes: number;
  responseThemes: number;
  settings: number;
}

/**
 * Deletes every record of the teams marked `sample: true`, including huddles someone ran with
 * them afterwards, their themes and tags and per-huddle settings, in one transaction. Real data
 * is untouched. Like every delete, it leaves tombstones, so merging a backup taken while the
 * sample was loaded does not bring it back.
 */
export async function removeSampleData(): Promise<RemovedCounts> {
  const tables = [
    db.teams,
    db.members,
    db.sessions,
    db.responses,
    db.commitments,
    db.themes,
    db.responseThemes,
    db.settings,
    db.deletions,
    db.drafts,
  ];
  return db.transaction('rw', tables, async () => {
    const teamIds = (await db.teams.filter((t) => t.sample === true).toArray()).map((t) => t.id);
    // One equals() per team rather than anyOf(): an exact match reads keys in one request
    // (getAllKeys), where anyOf() walks a cursor record by record.
    const keysOf = async (table: TeamOwnedTable) => {
      const keys: string[] = [];
      for (const teamId of teamIds) {
        keys.push(
          ...((await db.table(table).where('teamId').equals(teamId).primaryKeys()) as string[]),
        );
      }
      return keys;
    };
    const ids: Record<TeamOwnedTable | 'teams', string[]> = {
      teams: teamIds,
      members: await keysOf('members'),
      sessions: await keysOf('sessions'),
      responses: await keysOf('responses'),
      commitments: await keysOf('commitments'),
      themes: await keysOf('themes'),
      responseThemes: await keysOf('responseThemes'),
    };
    // Settings are keyed by text such as `huddle-snapshot:<sessionId>`: any key naming a sample
    // team or huddle goes. Ids are UUIDs, so a real key cannot name one by accident.
    const owned = new Set([...teamIds, ...ids.sessions]);
    const settingKeys = owned.size
      ? (await db.settings.toCollection().primaryKeys()).filter((key) =>
          String(key)
            .split(':')
            .some((part) => owned.has(part)),
        )
      : [];
    for (const [table, recordIds] of Object.entries(ids) as [SyncedTable, string[]][]) {
      for (let i = 0; i < recordIds.length; i += CHUNK) {
        const chunk = recordIds.slice(i, i + CHUNK);
        await db.table(table).bulkDelete(chunk);
        await recordDeletion(table, ...chunk);
      }
    }
    if (settingKeys.length) await db.settings.bulkDelete(settingKeys);
    // Drafts typed on a sample team or huddle go with it (working copies: not counted).
    if (owned.size)
      await db.drafts
        .where('scope')
        .anyOf([...owned])
        .delete();
    return {
      teams: ids.teams.length,
      members: ids.members.length,
      sessions: ids.sessions.length,
      responses: ids.responses.length,
      commitments: ids.commitments.length,
      themes: ids.themes.length,
      responseThemes: ids.responseThemes.length,
      settings: settingKeys.length,
    };
  });
}
