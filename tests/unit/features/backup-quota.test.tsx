// A full disk while importing a backup: the person reads the app's own out-of-space message (what
// to do about it), never the browser's raw "QuotaExceededError", and nothing is changed.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie, { type DBCore, type Middleware } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackupJson } from '../../../src/db/backup';
import { replaceDatabaseForTests } from '../../../src/db/db';
import { type AppDB, createDatabase } from '../../../src/db/schema';
import { BackupSection } from '../../../src/features/settings/BackupSection';
import { freshDatabase } from '../db/testDb';
import { seedHuddle } from '../domain/backup/dbHelpers';

const quotaFull = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
// What Dexie raises when the browser aborts the transaction for lack of space.
const abortedForQuota = () => new Dexie.AbortError('QuotaExceededError', quotaFull());
// What the snapshot worker's client rebuilds on the page: a plain Error that kept the name.
const quotaFromWorker = () => {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
};

/** The table whose writes fail, and how. */
let full: { table: string; error: () => Error } | null = null;

const fullDisk: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'full-disk',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) =>
          full && full.table === name ? Promise.reject(full.error()) : table.mutate(request),
      };
    },
  }),
};

let db: AppDB;
let json: string;

beforeEach(async () => {
  full = null;
  await freshDatabase();
  await seedHuddle();
  json = await exportBackupJson();
  db = createDatabase(`backup-quota-${crypto.randomUUID()}`);
  db.use(fullDisk);
  replaceDatabaseForTests(db);
  await db.open();
});

afterEach(() => {
  db.close();
});

async function importWithFullDisk(table: string, error: () => Error): Promise<HTMLElement> {
  const user = userEvent.setup();
  render(<BackupSection />);
  await user.upload(
    screen.getByLabelText('Choose a backup file'),
    new File([json], 'backup.json', { type: 'application/json' }),
  );
  await screen.findByRole('heading', { name: 'Before you import' });
  full = { table, error };
  await user.click(screen.getByRole('button', { name: 'Apply import' }));
  return screen.findByRole('alert');
}

describe('importing a backup onto a full disk', () => {
  it.each([
    ['a Dexie AbortError around it', abortedForQuota],
    ['a DOMException', quotaFull],
  ])('says the device is out of space when the import write fails with %s', async (_, error) => {
    const alert = await importWithFullDisk('teams', error);
    expect(alert).toHaveTextContent(/This device is out of storage space\. Free some space/);
    expect(alert).toHaveTextContent(/Nothing was changed\.$/);
    expect(alert.textContent).not.toMatch(/Quota/i);
    expect(await db.teams.count()).toBe(0);
  });

  it('says so when the safety snapshot cannot be stored (the worker keeps the name)', async () => {
    const alert = await importWithFullDisk('snapshots', quotaFromWorker);
    expect(alert).toHaveTextContent(/^Could not keep a safety copy of your current data/);
    expect(alert).toHaveTextContent(/This device is out of storage space/);
    expect(alert.textContent).not.toMatch(/Quota/i);
    expect(await db.teams.count()).toBe(0);
  });
});
