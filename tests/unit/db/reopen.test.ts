import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  getConnectionState,
  onConnectionStateChange,
  onDatabaseReopened,
} from '../../../src/db/db';
import { type DraftKey, readDraft, saveDraft } from '../../../src/db/drafts';
import { type AppDB, SCHEMA_V4 } from '../../../src/db/schema';
import { freshDatabase } from './testDb';

let db: AppDB;
const KEY: DraftKey = { kind: 'commitment', scope: 'huddle-1' };

beforeEach(async () => {
  db = await freshDatabase();
});

/** Another tab running a newer build: the same database with a schema one version ahead. */
async function openNewerVersion(): Promise<Dexie> {
  const newer = new Dexie(db.name);
  newer.version(5).stores({ ...SCHEMA_V4, addedByANewerVersion: 'id' });
  await newer.open();
  return newer;
}

function nextState(): Promise<string[]> {
  const seen: string[] = [];
  return new Promise((resolve) => {
    const stop = onConnectionStateChange(() => {
      seen.push(getConnectionState());
      if (getConnectionState() !== 'reopening') {
        stop();
        resolve(seen);
      }
    });
  });
}

describe('a schema upgrade opened in another tab', () => {
  it('does not block the upgrade, reopens this connection and saves again', async () => {
    await saveDraft(KEY, 'Before the upgrade');
    const states = nextState();
    let reopened = 0;
    const stop = onDatabaseReopened(() => {
      reopened += 1;
    });
    const newer = await openNewerVersion();
    // A save made while the other tab upgrades waits for the reopen, then goes through.
    await saveDraft(KEY, 'Typed during the upgrade');
    expect(await states).toEqual(['reopening', 'newer']);
    expect(reopened).toBe(1);
    stop();

    await saveDraft(KEY, 'Typed after the upgrade');
    expect(await readDraft(KEY)).toBe('Typed after the upgrade');
    // Written into the one database the newer tab reads.
    expect((await newer.table('drafts').get('commitment:huddle-1'))?.value).toBe(
      'Typed after the upgrade',
    );
    newer.close();
  });

  it('stops instead of recreating the database when another tab deletes it', async () => {
    const states = nextState();
    await Dexie.delete(db.name);
    expect(await states).toEqual(['unavailable']);
    await expect(saveDraft(KEY, 'Nowhere to go')).rejects.toThrow();
    expect(await Dexie.exists(db.name)).toBe(false);
  });
});
