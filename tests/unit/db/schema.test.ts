import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '../../../src/db/schema';
import fixture from '../../fixtures/db-v1.json';

/**
 * Writes the v1 fixture with a connection that knows ONLY schema version 1, exactly as an
 * install of the first release would have, then opens it with today's schema (all versions and
 * upgrades). When SCHEMA_V2 arrives, this test keeps proving that v1 data opens and upgrades.
 */
async function seedVersion1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) {
      await old.table(table).bulkAdd(rows);
    }
  });
  old.close();
}

/** The v1 fixture as schema version 2 stored it (sessions carry their pillars): no v3 table. */
async function seedVersion2(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  old.version(2).stores(SCHEMA_V2);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) {
      const stored =
        table === 'sessions'
          ? (rows as Record<string, unknown>[]).map((s) => ({ ...s, pillars: ['power'] }))
          : rows;
      await old.table(table).bulkAdd(stored);
    }
  });
  old.close();
}

describe('schema', () => {
  it('opens a version 1 database and keeps every record', async () => {
    const name = `fixture-${crypto.randomUUID()}`;
    await seedVersion1(name);
    const db = createDatabase(name);
    await db.open();
    for (const [table, rows] of Object.entries(fixture.tables)) {
      const stored = await db.table(table).toArray();
      expect(stored).toHaveLength(rows.length);
      if (table === 'sessions') continue;
      expect(stored, table).toEqual(expect.arrayContaining(rows as unknown[]));
    }
    // v1 → v2: a stored huddle gains the pillars its prompts covered, nothing else changes.
    const [session] = await db.sessions.toArray();
    const { pillars, ...rest } = session!;
    expect(pillars).toEqual(['power']);
    expect(rest).toEqual(fixture.tables.sessions[0]);
    expect(await db.deletions.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
    expect(db.verno).toBe(4);
    // The history filter's multi-entry index finds it by pillar.
    expect(await db.sessions.where('pillars').equals('power').count()).toBe(1);
    db.close();
  });

  it('opens a version 2 database, keeps every record and adds an empty analysis cache', async () => {
    const name = `fixture-v2-${crypto.randomUUID()}`;
    await seedVersion2(name);
    const db = createDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      const stored = await db.table(table).toArray();
      expect(stored, table).toHaveLength(rows.length);
      if (table !== 'sessions')
        expect(stored, table).toEqual(expect.arrayContaining(rows as unknown[]));
    }
    const [session] = await db.sessions.toArray();
    expect(session?.pillars).toEqual(['power']);
    expect(await db.analysisCache.count()).toBe(0);
    expect(db.analysisCache.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['teamId', 'updatedAt']),
    );
    db.close();
  });

  it('opens a version 3 database, keeps every record and adds an empty drafts table', async () => {
    const name = `fixture-v3-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    old.version(3).stores(SCHEMA_V3);
    await old.open();
    await old.table('teams').bulkAdd(fixture.tables.teams);
    await old.table('settings').put({ key: 'kept', value: 1, updatedAt: 1 });
    old.close();
    const db = createDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.teams.toArray()).toEqual(fixture.tables.teams);
    expect(await db.settings.get('kept')).toEqual({ key: 'kept', value: 1, updatedAt: 1 });
    expect(await db.drafts.count()).toBe(0);
    expect(db.drafts.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['scope', 'updatedAt']),
    );
    db.close();
  });

  it('declares the indexes the history and insights queries rely on', async () => {
    const db = createDatabase(`idx-${crypto.randomUUID()}`);
    await db.open();
    const indexNames = (table: string) => db.table(table).schema.indexes.map((i) => i.name);
    expect(indexNames('responses')).toEqual(
      expect.arrayContaining([
        'sessionId',
        '[sessionId+stepIndex]',
        '[teamId+createdAt]',
        '[teamId+pillar+createdAt]',
        '[pillar+createdAt]',
      ]),
    );
    expect(indexNames('sessions')).toEqual(
      expect.arrayContaining([
        '[teamId+startedAt]',
        '[teamId+status]',
        '[status+startedAt]',
        'pillars',
      ]),
    );
    expect(indexNames('commitments')).toEqual(
      expect.arrayContaining(['[teamId+status]', 'reviewedInSessionId', 'carriedFromId']),
    );
    // Every primary key is a plain (non auto-increment) key: UUID strings chosen by the app.
    for (const table of db.tables) {
      expect(table.schema.primKey.auto, table.name).toBe(false);
    }
    db.close();
  });

  it('uses strict durability so acknowledged saves survive a crash', () => {
    const db = createDatabase(`dur-${crypto.randomUUID()}`);
    expect(
      (db as unknown as { _options: { chromeTransactionDurability: string } })._options
        .chromeTransactionDurability,
    ).toBe('strict');
  });
});
