// Encryption at rest: with a passphrase set, the stored records hold no answer, commitment or
// theme text (checked through a connection WITHOUT the middleware); the app's connection reads
// them back; a wrong passphrase opens nothing; every field gets its own IV; with no passphrase
// the middleware changes nothing.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/db';
import {
  ENCRYPTION_SETTING,
  type EncryptionConfig,
  MIGRATION_SETTING,
} from '../../../src/db/encryption/config';
import { PBKDF2_ITERATIONS } from '../../../src/db/encryption/cryptoBox';
import { type Envelope, isEnvelope } from '../../../src/db/encryption/envelope';
import {
  getKeyring,
  installWorkerKeyListener,
  isKeyMessage,
  type KeyMessage,
  registerWorker,
  resetKeyring,
  setEncryptionKey,
} from '../../../src/db/encryption/keyring';
import {
  changePassphrase,
  enableLock,
  loadLockState,
  lockNow,
  lockStatus,
  unlock,
  verifyPassphrase,
} from '../../../src/db/encryption/session';
import { saveAnswer } from '../../../src/db/responses';
import type { AppDB } from '../../../src/db/schema';
import type { Commitment, Response, Snapshot, Theme } from '../../../src/domain/types';
import { freshDatabase } from './testDb';

const PASS = 'correct horse battery';
/** Test-only iteration count (the production default is asserted separately). */
const FAST = { iterationsForTests: 1_000, wrongDelayMsForTests: 0 };

const SECRETS = {
  answer: 'ANSWER-SECRET my supervisor ignored the family',
  feeling: 'FEELING-SECRET-overwhelmed',
  commitment: 'COMMITMENT-SECRET call the school',
  owner: 'OWNER-SECRET Dana',
  label: 'LABEL-SECRET rota fairness',
  keyword: 'KEYWORD-SECRET-rota',
  snapshot: 'SNAPSHOT-SECRET whole backup',
  saved: 'SAVED-SECRET typed in a huddle',
};

const base = { createdAt: 1, updatedAt: 1 };

function response(id: string, text: string): Response {
  return {
    ...base,
    id,
    sessionId: 's1',
    teamId: 't1',
    stepIndex: 0,
    promptId: 'p1',
    pillar: 'play',
    memberId: null,
    passed: false,
    text,
    feelings: [SECRETS.feeling],
  };
}

async function seed(): Promise<void> {
  await db.prompts.put({
    ...base,
    id: 'p1',
    pillar: 'play',
    category: 'pillar',
    kind: 'text',
    text: 'What made you laugh?',
    builtIn: false,
    retired: false,
  });
  await db.sessions.put({
    ...base,
    id: 's1',
    teamId: 't1',
    planId: 'plan',
    planName: 'Plan',
    status: 'active',
    currentStep: 0,
    steps: [
      {
        planStepId: 'x',
        kind: 'prompts',
        title: 'Talk',
        mode: 'round',
        timeBoxSec: 60,
        promptIds: ['p1'],
        revealed: false,
      },
    ],
    attendance: [],
    guests: [],
    startedAt: 1,
    endedAt: null,
    pillars: ['play'],
  });
  await db.responses.bulkPut([response('r1', SECRETS.answer), response('r2', SECRETS.answer)]);
  const commitment: Commitment = {
    ...base,
    id: 'c1',
    teamId: 't1',
    sessionId: 's1',
    text: SECRETS.commitment,
    owner: SECRETS.owner,
    status: 'open',
    history: [],
  };
  await db.commitments.put(commitment);
  const theme: Theme = {
    ...base,
    id: 'th1',
    teamId: 't1',
    label: SECRETS.label,
    keywords: [SECRETS.keyword],
    pinned: false,
    hidden: false,
    curated: true,
  };
  await db.themes.put(theme);
  const bytes = new TextEncoder().encode(SECRETS.snapshot);
  const snapshot: Snapshot = {
    id: 'snap1',
    createdAt: 1,
    reason: 'manual',
    data: bytes.buffer,
    sizeBytes: bytes.byteLength,
    counts: {},
    encoding: 'identity',
  };
  await db.snapshots.put(snapshot);
}

/** Every record of every table, read WITHOUT the middleware; bytes shown as text. */
async function rawRecords(handle: AppDB): Promise<Record<string, unknown[]>> {
  const raw = new Dexie(handle.name);
  await raw.open();
  const out: Record<string, unknown[]> = {};
  for (const table of raw.tables) out[table.name] = await table.toArray();
  raw.close();
  return out;
}

function asText(records: unknown): string {
  const decoder = new TextDecoder();
  return JSON.stringify(records, (_key, value: unknown) => {
    const tag = Object.prototype.toString.call(value);
    if (tag === '[object ArrayBuffer]') return decoder.decode(value as ArrayBuffer);
    if (ArrayBuffer.isView(value)) return decoder.decode(value);
    return value;
  });
}

function envelopesIn(records: Record<string, unknown[]>): Envelope[] {
  const found: Envelope[] = [];
  for (const rows of Object.values(records)) {
    for (const row of rows) {
      for (const value of Object.values(row as Record<string, unknown>)) {
        if (isEnvelope(value)) found.push(value);
      }
    }
  }
  return found;
}

let handle: AppDB;

beforeEach(async () => {
  resetKeyring();
  handle = await freshDatabase();
  await seed();
});

afterEach(() => {
  resetKeyring();
});

describe('with no passphrase set', () => {
  it('stores and reads records unchanged (the middleware is a no-op)', async () => {
    expect(lockStatus()).toBe('off');
    const records = await rawRecords(handle);
    expect(records.responses).toEqual([
      response('r1', SECRETS.answer),
      response('r2', SECRETS.answer),
    ]);
    expect(envelopesIn(records)).toHaveLength(0);
    expect((await db.commitments.get('c1'))?.owner).toBe(SECRETS.owner);
  });
});

describe('with the lock on', () => {
  beforeEach(async () => {
    await enableLock(PASS, FAST);
    await saveAnswer({
      sessionId: 's1',
      stepIndex: 0,
      promptId: 'p1',
      memberId: null,
      text: SECRETS.saved,
    });
  });

  it('leaves no answer, feeling, commitment, owner, theme or snapshot text in the raw records', async () => {
    const records = await rawRecords(handle);
    const text = asText(records);
    // The check can fail: the same dump shows the non-secret prompt text in the clear.
    expect(text).toContain('What made you laugh?');
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    const [snapshot] = records.snapshots as Snapshot[];
    expect(isEnvelope(snapshot?.data)).toBe(true);
  });

  it('reads the plain text back through the app connection, whatever the query', async () => {
    expect((await db.responses.get('r1'))?.text).toBe(SECRETS.answer);
    expect((await db.responses.bulkGet(['r2']))[0]?.feelings).toEqual([SECRETS.feeling]);
    const texts = (await db.responses.where('sessionId').equals('s1').toArray()).map((r) => r.text);
    expect(texts).toEqual(expect.arrayContaining([SECRETS.answer, SECRETS.saved]));
    const viaCursor: string[] = [];
    await db.responses
      .where('teamId')
      .equals('t1')
      .each((r) => {
        viaCursor.push(r.text ?? '');
      });
    expect(viaCursor).toHaveLength(3);
    expect(await db.responses.filter((r) => r.text === SECRETS.saved).count()).toBe(1);
    const commitment = await db.commitments.get('c1');
    expect([commitment?.text, commitment?.owner]).toEqual([SECRETS.commitment, SECRETS.owner]);
    const theme = await db.themes.get('th1');
    expect([theme?.label, theme?.keywords]).toEqual([SECRETS.label, [SECRETS.keyword]]);
    const snapshot = await db.snapshots.get('snap1');
    expect(new TextDecoder().decode(snapshot?.data as ArrayBuffer)).toBe(SECRETS.snapshot);
  });

  it('keeps a transaction usable across reads and writes that need crypto', async () => {
    await db.transaction('rw', db.responses, db.commitments, async () => {
      const r = await db.responses.get('r1');
      await db.responses.put({ ...(r as Response), text: 'edited' });
      const c = await db.commitments.get('c1');
      await db.commitments.put({ ...(c as Commitment), owner: 'Sam' });
      expect((await db.responses.get('r1'))?.text).toBe('edited');
    });
    await db.responses
      .where('teamId')
      .equals('t1')
      .modify((r) => {
        r.text = `${r.text}!`;
      });
    expect((await db.responses.get('r1'))?.text).toBe('edited!');
    expect((await db.commitments.get('c1'))?.owner).toBe('Sam');
  });

  it('gives every sealed field its own random 96-bit IV', async () => {
    await db.responses.bulkPut(
      Array.from({ length: 40 }, (_, i) => response(`same-${i}`, 'identical text')),
    );
    const envelopes = envelopesIn(await rawRecords(handle));
    expect(envelopes.length).toBeGreaterThan(80);
    for (const e of envelopes) expect(e.iv.byteLength).toBe(12);
    const ivs = new Set(envelopes.map((e) => Buffer.from(e.iv).toString('hex')));
    expect(ivs.size).toBe(envelopes.length);
    const ciphertexts = new Set(envelopes.map((e) => Buffer.from(e.data).toString('hex')));
    expect(ciphertexts.size).toBe(envelopes.length);
  });

  it('stores salt, iteration count, key check and wrapped keys, never the passphrase', async () => {
    const records = await rawRecords(handle);
    const config = (records.settings as { key: string; value: unknown }[]).find(
      (s) => s.key === ENCRYPTION_SETTING,
    )?.value as EncryptionConfig;
    expect(config.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 1_000 });
    expect(config.kdf.salt.byteLength).toBe(16);
    expect(isEnvelope(config.check)).toBe(true);
    expect(config.keys).toHaveLength(1);
    expect(asText(records.settings)).not.toContain(PASS);
    expect((await db.settings.get(MIGRATION_SETTING))?.value).toBeUndefined();
    expect(getKeyring().key?.extractable).toBe(false);
  });

  it('an envelope moved onto another record does not open (bound to table, field and id)', async () => {
    const raw = new Dexie(handle.name);
    await raw.open();
    const r1 = await raw.table('responses').get('r1');
    const r2 = await raw.table('responses').get('r2');
    await raw.table('responses').put({ ...r2, text: r1.text });
    raw.close();
    await expect(db.responses.get('r2')).rejects.toThrow();
    expect((await db.responses.get('r1'))?.text).toBe(SECRETS.answer);
  });

  describe('once locked', () => {
    beforeEach(() => lockNow());

    it('throws LockedError on reads of encrypted records, never ciphertext', async () => {
      expect(lockStatus()).toBe('locked');
      await expect(db.responses.get('r1')).rejects.toMatchObject({ name: 'LockedError' });
      await expect(db.commitments.toArray()).rejects.toMatchObject({ name: 'LockedError' });
      await expect(
        db.themes
          .where('teamId')
          .equals('t1')
          .each(() => {}),
      ).rejects.toMatchObject({
        name: 'LockedError',
      });
      // Tables without secrets stay readable (the lock screen and settings need them).
      expect((await db.sessions.get('s1'))?.planName).toBe('Plan');
    });

    it('refuses to store plain text while locked', async () => {
      await expect(db.responses.put(response('r9', 'written while locked'))).rejects.toMatchObject({
        name: 'LockedError',
      });
      expect(asText(await rawRecords(handle))).not.toContain('written while locked');
    });

    it('rejects a wrong passphrase and decrypts nothing', async () => {
      await expect(unlock('not the passphrase', FAST)).rejects.toMatchObject({
        name: 'WrongPassphraseError',
      });
      await expect(verifyPassphrase('not the passphrase', FAST)).rejects.toThrow();
      expect(getKeyring().key).toBeNull();
      expect(lockStatus()).toBe('locked');
      await expect(db.responses.get('r1')).rejects.toMatchObject({ name: 'LockedError' });
    });

    it('opens again with the right passphrase', async () => {
      await unlock(PASS, FAST);
      expect(lockStatus()).toBe('unlocked');
      expect((await db.responses.get('r1'))?.text).toBe(SECRETS.answer);
    });

    it('starts locked after a restart (the key is only ever in memory)', async () => {
      resetKeyring();
      expect(await loadLockState()).toBe('locked');
      await expect(db.responses.get('r1')).rejects.toMatchObject({ name: 'LockedError' });
    });
  });

  it('a passphrase change re-encrypts every record with a new key; the old passphrase stops working', async () => {
    const before = new Set(envelopesIn(await rawRecords(handle)).map((e) => e.k));
    await changePassphrase(PASS, 'a brand new passphrase', FAST);
    const envelopes = envelopesIn(await rawRecords(handle));
    const after = new Set(envelopes.map((e) => e.k));
    expect(after.size).toBe(1);
    expect([...after][0]).not.toBe([...before][0]);
    lockNow();
    await expect(unlock(PASS, FAST)).rejects.toMatchObject({ name: 'WrongPassphraseError' });
    await unlock('a brand new passphrase', FAST);
    expect((await db.commitments.get('c1'))?.text).toBe(SECRETS.commitment);
    const config = (await db.settings.get(ENCRYPTION_SETTING))?.value as EncryptionConfig;
    expect(config.keys).toHaveLength(1);
  });
});

describe('production key derivation', () => {
  it('defaults to PBKDF2-SHA-256 with at least 600,000 iterations, as stored', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    await enableLock(PASS);
    const config = (await db.settings.get(ENCRYPTION_SETTING))?.value as EncryptionConfig;
    expect(config.kdf.hash).toBe('SHA-256');
    expect(config.kdf.iterations).toBeGreaterThanOrEqual(600_000);
  }, 30_000);
});

describe('worker key protocol', () => {
  it('a worker takes key messages before its own handler and decrypts with the key', async () => {
    await enableLock(PASS, FAST);
    const message: KeyMessage = { type: 'encryption-key', key: getKeyring().key };
    const { keyId } = getKeyring();
    resetKeyring();

    const scope = new EventTarget();
    installWorkerKeyListener(scope as never);
    const seenByWorker: unknown[] = [];
    scope.addEventListener('message', (e) => seenByWorker.push((e as MessageEvent).data));

    // Before the page's first message, reads wait for it instead of failing.
    const pending = db.responses.get('r1');
    scope.dispatchEvent(new MessageEvent('message', { data: { ...message, keyId } }));
    expect((await pending)?.text).toBe(SECRETS.answer);
    scope.dispatchEvent(new MessageEvent('message', { data: { type: 'search', query: 'x' } }));
    expect(seenByWorker).toEqual([{ type: 'search', query: 'x' }]);

    scope.dispatchEvent(
      new MessageEvent('message', { data: { type: 'encryption-key', key: null } }),
    );
    await expect(db.responses.get('r1')).rejects.toMatchObject({ name: 'LockedError' });
  });

  it('registerWorker posts the current state at once and every change, until terminated', async () => {
    const posted: unknown[] = [];
    const worker = { postMessage: (m: unknown) => posted.push(m), terminate: () => {} };
    expect(registerWorker(worker)).toBe(worker);
    expect(posted).toHaveLength(1);
    expect(isKeyMessage(posted[0])).toBe(true);

    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    setEncryptionKey(key, { enabled: true, keyId: 'k1' });
    expect(posted.at(-1)).toMatchObject({
      type: 'encryption-key',
      key,
      keyId: 'k1',
      enabled: true,
    });
    setEncryptionKey(null);
    expect(posted.at(-1)).toMatchObject({ type: 'encryption-key', key: null });

    worker.terminate();
    const count = posted.length;
    setEncryptionKey(key, { enabled: true, keyId: 'k1' });
    expect(posted).toHaveLength(count);
  });
});
