// Turning the lock on, unlocking, locking, changing the passphrase and turning the lock off.
// The passphrase key (PBKDF2) only wraps the data keys; the data key in memory is
// non-extractable, and nothing but salts, counts, a key check and wrapped keys is stored.
import { now } from '../../lib/clock';
import { db } from '../db';
import {
  ENCRYPTION_SETTING,
  type EncryptionConfig,
  KEY_CHECK_LABEL,
  KEY_CHECK_TEXT,
  MIGRATION_SETTING,
  type MigrationProgress,
  readConfig,
  readMigration,
} from './config';
import {
  derivePassphraseKey,
  generateDataKey,
  newKeyId,
  openBytes,
  PBKDF2_ITERATIONS,
  randomBytes,
  SALT_BYTES,
  sealBytes,
  unwrapDataKey,
  wrapDataKey,
} from './cryptoBox';
import { WrongPassphraseError } from './errors';
import { ENCRYPTED_TABLES } from './fields';
import { getKeyring, resetKeyring, setEncryptionKey } from './keyring';
import { type MigrationOptions, runMigration } from './migration';
import { PARTICIPANT_SETTING } from './participant';

export const MIN_PASSPHRASE_LENGTH = 8;
/** Extra wait after a wrong passphrase, on top of PBKDF2's own cost: guessing stays slow. */
export const WRONG_PASSPHRASE_DELAY_MS = 1_000;

export interface LockOptions extends MigrationOptions {
  /**
   * TEST ONLY: PBKDF2 iterations for a new passphrase. Production never passes it, so new
   * passphrases get PBKDF2_ITERATIONS; tests pass a small number to stay fast.
   */
  iterationsForTests?: number;
  /** TEST ONLY: the delay after a wrong passphrase. */
  wrongDelayMsForTests?: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type LockStatus = 'off' | 'locked' | 'unlocked';

export function lockStatus(): LockStatus {
  const keyring = getKeyring();
  if (!keyring.enabled) return 'off';
  return keyring.key ? 'unlocked' : 'locked';
}

/** At start-up: a stored passphrase means the app starts locked. */
export async function loadLockState(): Promise<LockStatus> {
  const config = await readConfig(db);
  if (config) setEncryptionKey(null, { enabled: true, writePlain: false });
  else resetKeyring();
  return lockStatus();
}

async function newKdf(iterations: number): Promise<EncryptionConfig['kdf']> {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: randomBytes(SALT_BYTES) };
}

async function sealCheck(passphraseKey: CryptoKey) {
  return sealBytes(passphraseKey, 'passphrase', encoder.encode(KEY_CHECK_TEXT), KEY_CHECK_LABEL);
}

/** The passphrase key if the passphrase is right; WrongPassphraseError (after a delay) if not. */
async function openPassphraseKey(
  config: EncryptionConfig,
  passphrase: string,
  options: LockOptions,
): Promise<CryptoKey> {
  const key = await derivePassphraseKey(passphrase, config.kdf.salt, config.kdf.iterations);
  try {
    const check = await openBytes(key, config.check, KEY_CHECK_LABEL);
    if (decoder.decode(check) === KEY_CHECK_TEXT) return key;
  } catch {
    // AES-GCM refuses to open with the wrong key: a wrong passphrase.
  }
  await sleep(options.wrongDelayMsForTests ?? WRONG_PASSPHRASE_DELAY_MS);
  throw new WrongPassphraseError();
}

async function requireConfig(): Promise<EncryptionConfig> {
  const config = await readConfig(db);
  if (!config) throw new Error('No passphrase is set.');
  return config;
}

/** Checks a passphrase without unlocking anything (leaving participant mode). */
export async function verifyPassphrase(passphrase: string, options: LockOptions = {}) {
  await openPassphraseKey(await requireConfig(), passphrase, options);
}

async function putKeysInMemory(
  config: EncryptionConfig,
  passphraseKey: CryptoKey,
  writePlain: boolean,
) {
  const unwrapped = await Promise.all(
    config.keys.map(
      async (k) => [k.id, await unwrapDataKey(k.wrapped, passphraseKey, k.id)] as const,
    ),
  );
  const current = unwrapped.at(-1);
  if (!current) throw new Error('The stored lock settings hold no key.');
  setEncryptionKey(current[1], {
    enabled: true,
    writePlain,
    keyId: current[0],
    olderKeys: new Map(unwrapped.slice(0, -1)),
  });
}

let running: Promise<void> | null = null;

/**
 * Runs a recorded migration (one at a time in this window; across windows a Web Lock keeps two
 * from working at once, though each chunk is safe to repeat anyway).
 */
export function resumeMigration(options: MigrationOptions = {}): Promise<void> {
  if (running) return running;
  const work = async () => {
    await runMigration(db, options);
    // Turning the lock off has finished (perhaps resumed after an unlock): no passphrase now.
    if (!(await readConfig(db))) {
      await db.settings.delete(PARTICIPANT_SETTING);
      resetKeyring();
    }
  };
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const started: Promise<void> = locks
    ? locks.request('pp-encryption-migration', work).then(() => undefined)
    : work();
  const current = started.finally(() => {
    running = null;
  });
  running = current;
  return current;
}

export async function pendingMigration(): Promise<MigrationProgress | null> {
  return readMigration(db);
}

/**
 * Unlocks with the passphrase and resumes an interrupted migration (the returned promise).
 * A wrong passphrase throws WrongPassphraseError and puts nothing in memory.
 */
export async function unlock(
  passphrase: string,
  options: LockOptions = {},
): Promise<{ migration: Promise<void> | null }> {
  const config = await requireConfig();
  const passphraseKey = await openPassphraseKey(config, passphrase, options);
  const pending = await readMigration(db);
  await putKeysInMemory(config, passphraseKey, pending?.direction === 'decrypt');
  return { migration: pending ? resumeMigration(options) : null };
}

/** Drops the keys from memory. Callers flush pending saves first (features/lock does). */
export function lockNow(): void {
  if (getKeyring().enabled) setEncryptionKey(null, { enabled: true, writePlain: false });
}

function firstProgress(direction: MigrationProgress['direction']): MigrationProgress {
  return { direction, table: ENCRYPTED_TABLES[0] ?? 'responses', lastKey: null };
}

/** Sets a passphrase and seals every stored record (resolves when all are sealed). */
export async function enableLock(passphrase: string, options: LockOptions = {}): Promise<void> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new Error('The passphrase is too short.');
  if (await readConfig(db)) throw new Error('A passphrase is already set.');
  const kdf = await newKdf(options.iterationsForTests ?? PBKDF2_ITERATIONS);
  const passphraseKey = await derivePassphraseKey(passphrase, kdf.salt, kdf.iterations);
  const keyId = newKeyId();
  const wrapped = await wrapDataKey(await generateDataKey(), passphraseKey, keyId);
  const config: EncryptionConfig = {
    version: 1,
    kdf,
    check: await sealCheck(passphraseKey),
    keys: [{ id: keyId, wrapped }],
  };
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: ENCRYPTION_SETTING, value: config, updatedAt: now() });
    await db.settings.put({
      key: MIGRATION_SETTING,
      value: firstProgress('encrypt'),
      updatedAt: now(),
    });
  });
  // From here every write is sealed; the migration seals what was there before.
  await putKeysInMemory(config, passphraseKey, false);
  await resumeMigration(options);
}

/**
 * A new passphrase AND a new data key: the old data key is re-wrapped under the new passphrase
 * (so an interrupted re-encryption can finish after unlocking with the new one), every record is
 * re-sealed with the new key, then the old key is deleted.
 */
export async function changePassphrase(
  current: string,
  next: string,
  options: LockOptions = {},
): Promise<void> {
  if (next.length < MIN_PASSPHRASE_LENGTH) throw new Error('The new passphrase is too short.');
  const config = await requireConfig();
  const oldKey = await openPassphraseKey(config, current, options);
  const kdf = await newKdf(options.iterationsForTests ?? PBKDF2_ITERATIONS);
  const newKey = await derivePassphraseKey(next, kdf.salt, kdf.iterations);
  const rewrapped = await Promise.all(
    config.keys.map(async (k) => ({
      id: k.id,
      wrapped: await wrapDataKey(await unwrapDataKey(k.wrapped, oldKey, k.id, true), newKey, k.id),
    })),
  );
  const keyId = newKeyId();
  const nextConfig: EncryptionConfig = {
    version: 1,
    kdf,
    check: await sealCheck(newKey),
    keys: [
      ...rewrapped,
      { id: keyId, wrapped: await wrapDataKey(await generateDataKey(), newKey, keyId) },
    ],
  };
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: ENCRYPTION_SETTING, value: nextConfig, updatedAt: now() });
    await db.settings.put({
      key: MIGRATION_SETTING,
      value: firstProgress('encrypt'),
      updatedAt: now(),
    });
  });
  await putKeysInMemory(nextConfig, newKey, false);
  await resumeMigration(options);
}

/** Opens every record and forgets the passphrase (resolves when all are plain). */
export async function disableLock(passphrase: string, options: LockOptions = {}): Promise<void> {
  const config = await requireConfig();
  const passphraseKey = await openPassphraseKey(config, passphrase, options);
  await db.settings.put({
    key: MIGRATION_SETTING,
    value: firstProgress('decrypt'),
    updatedAt: now(),
  });
  await putKeysInMemory(config, passphraseKey, true);
  // When done, resumeMigration also ends participant mode (it needs a passphrase to leave).
  await resumeMigration(options);
}
