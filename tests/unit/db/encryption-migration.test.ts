// Turning the lock on, changing the passphrase and turning it off are interrupted half-way (an
// error thrown after a chunk commits, as a crash would) and then resumed as after a restart:
// nothing is lost, nothing is left unreadable, and the job finishes where it stopped.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import {
  ENCRYPTION_SETTING,
  MIGRATION_SETTING,
  type MigrationProgress,
} from '../../../src/db/encryption/config';
import { isEnvelope } from '../../../src/db/encryption/envelope';
import { ENCRYPTED_FIELDS } from '../../../src/db/encryption/fields';
import { getKeyring, resetKeyring } from '../../../src/db/encryption/keyring';
import {
  changePassphrase,
  disableLock,
  enableLock,
  loadLockState,
  lockStatus,
  unlock,
} from '../../../src/db/encryption/session';
import type { AppDB } from '../../../src/db/schema';
import type { Commitment, Response } from '../../../src/domain/types';
import { freshDatabase } from './testDb';

const PASS = 'correct horse battery';
const NEW_PASS = 'violet lantern harbour';
const FAST = { iterationsForTests: 1_000, wrongDelayMsForTests: 0, chunkSize: 3 };
const ANSWERS = 10;

class Crash extends Error {}

/** Throws after `n` committed chunks, like a tab closed mid-way. */
function crashAfter(n: number) {
  return (done: number) => {
    if (done >= n) throw new Crash(`crash after ${done} chunks`);
  };
}

function answer(i: number): Response {
  return {
    id: `r${String(i).padStart(2, '0')}`,
    sessionId: 's1',
    teamId: 't1',
    stepIndex: 0,
    promptId: 'p1',
    pillar: 'power',
    memberId: null,
    passed: false,
    text: `SECRET answer number ${i}`,
    createdAt: i,
    updatedAt: i,
  };
}

const commitment: Commitment = {
  id: 'c1',
  teamId: 't1',
  sessionId: 's1',
  text: 'SECRET commitment',
  owner: 'SECRET owner',
  status: 'open',
  history: [],
  createdAt: 1,
  updatedAt: 1,
};

async function raw(handle: AppDB, table: string): Promise<Record<string, unknown>[]> {
  const connection = new Dexie(handle.name);
  await connection.open();
  const rows = await connection.table(table).toArray();
  connection.close();
  return rows;
}

async function sealedCount(handle: AppDB): Promise<{ sealed: number; plain: number }> {
  let sealed = 0;
  let plain = 0;
  for (const [table, fields] of Object.entries(ENCRYPTED_FIELDS)) {
    for (const row of await raw(handle, table)) {
      for (const field of fields) {
        if (row[field] === undefined) continue;
        if (isEnvelope(row[field])) sealed += 1;
        else plain += 1;
      }
    }
  }
  return { sealed, plain };
}

async function expectAllReadable() {
  const texts = (await db.responses.orderBy('id').toArray()).map((r) => r.text);
  expect(texts).toEqual(Array.from({ length: ANSWERS }, (_, i) => `SECRET answer number ${i}`));
  expect(await db.commitments.get('c1')).toEqual(commitment);
}

/** A restart: the keyring (memory) is gone; the app reloads its state from the database. */
async function restart() {
  resetKeyring();
  return loadLockState();
}

async function progress(): Promise<MigrationProgress | undefined> {
  return (await db.settings.get(MIGRATION_SETTING))?.value as MigrationProgress | undefined;
}

let handle: AppDB;

beforeEach(async () => {
  resetKeyring();
  handle = await freshDatabase();
  await db.responses.bulkPut(Array.from({ length: ANSWERS }, (_, i) => answer(i)));
  await db.commitments.put(commitment);
});

afterEach(() => {
  resetKeyring();
});

describe('turning the lock on, interrupted', () => {
  it('leaves every record readable and finishes after the next unlock', async () => {
    await expect(enableLock(PASS, { ...FAST, onChunk: crashAfter(2) })).rejects.toBeInstanceOf(
      Crash,
    );
    // Half-way: two chunks of three answers sealed, the rest still plain, progress recorded.
    expect(await sealedCount(handle)).toEqual({ sealed: 6, plain: 6 });
    expect(await progress()).toEqual({ direction: 'encrypt', table: 'responses', lastKey: 'r05' });
    await expectAllReadable();

    expect(await restart()).toBe('locked');
    await expect(db.responses.get('r00')).rejects.toMatchObject({ name: 'LockedError' });

    const { migration } = await unlock(PASS, FAST);
    await migration;
    expect(await sealedCount(handle)).toEqual({ sealed: 12, plain: 0 });
    expect(await progress()).toBeUndefined();
    await expectAllReadable();
  });

  it('a write made between the crash and the resume is sealed too', async () => {
    await expect(enableLock(PASS, { ...FAST, onChunk: crashAfter(1) })).rejects.toBeInstanceOf(
      Crash,
    );
    await db.responses.put({ ...answer(9), text: 'SECRET edited mid-way' });
    const [row] = (await raw(handle, 'responses')).filter((r) => r.id === 'r09');
    expect(isEnvelope(row?.text)).toBe(true);
    expect((await db.responses.get('r09'))?.text).toBe('SECRET edited mid-way');
  });
});

describe('turning the lock off, interrupted', () => {
  beforeEach(async () => {
    await enableLock(PASS, FAST);
    expect(await sealedCount(handle)).toEqual({ sealed: 12, plain: 0 });
  });

  it('needs the passphrase, keeps everything readable and finishes after the next unlock', async () => {
    await expect(disableLock('wrong passphrase', FAST)).rejects.toMatchObject({
      name: 'WrongPassphraseError',
    });
    expect(await progress()).toBeUndefined();

    await expect(disableLock(PASS, { ...FAST, onChunk: crashAfter(2) })).rejects.toBeInstanceOf(
      Crash,
    );
    expect(await sealedCount(handle)).toEqual({ sealed: 6, plain: 6 });
    expect(await progress()).toMatchObject({ direction: 'decrypt', table: 'responses' });
    // The passphrase still exists until every record is plain.
    expect(await db.settings.get(ENCRYPTION_SETTING)).toBeDefined();
    await expectAllReadable();

    expect(await restart()).toBe('locked');
    const { migration } = await unlock(PASS, FAST);
    // Writes during the rest of the turn-off stay plain.
    expect(getKeyring().writePlain).toBe(true);
    await migration;
    expect(lockStatus()).toBe('off');

    expect(await sealedCount(handle)).toEqual({ sealed: 0, plain: 12 });
    expect(await db.settings.get(ENCRYPTION_SETTING)).toBeUndefined();
    expect(await progress()).toBeUndefined();
    expect(await restart()).toBe('off');
    await expectAllReadable();
  });
});

describe('changing the passphrase, interrupted', () => {
  it('opens with the new passphrase only, then re-encrypts the rest under the new key', async () => {
    await enableLock(PASS, FAST);
    const oldKeyId = getKeyring().keyId;
    await expect(
      changePassphrase(PASS, NEW_PASS, { ...FAST, onChunk: crashAfter(1) }),
    ).rejects.toBeInstanceOf(Crash);

    expect(await restart()).toBe('locked');
    await expect(unlock(PASS, FAST)).rejects.toMatchObject({ name: 'WrongPassphraseError' });
    const { migration } = await unlock(NEW_PASS, FAST);
    await expectAllReadable();
    await migration;

    const keyIds = new Set<string>();
    for (const row of await raw(handle, 'responses')) {
      const text = row.text;
      if (isEnvelope(text)) keyIds.add(text.k);
    }
    expect(keyIds).toEqual(new Set([getKeyring().keyId]));
    expect(keyIds.has(oldKeyId ?? '')).toBe(false);
    expect(lockStatus()).toBe('unlocked');
    await expectAllReadable();
  });
});
