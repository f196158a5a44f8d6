import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackupJson } from '../../../src/db/backup';
import type { AppDB } from '../../../src/db/schema';
import { BackupSection } from '../../../src/features/settings/BackupSection';
import { freshDatabase } from '../db/testDb';
import { everyTable, seedHuddle } from '../domain/backup/dbHelpers';

let db: AppDB;
let downloads: { name: string; blob: Blob }[];
const created = new Map<string, Blob>();

beforeEach(async () => {
  db = await freshDatabase();
  downloads = [];
  // jsdom has no object URLs and does not download: record what would have been saved.
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${created.size}`;
    created.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, blob: created.get(this.href) as Blob });
  });
});

afterEach(() => {
  created.clear();
});

const jsonFile = (text: string, name = 'backup.json') =>
  new File([text], name, { type: 'application/json' });

describe('Back up and restore', () => {
  it('exports everything, records the time and says where the file went', async () => {
    const user = userEvent.setup();
    await seedHuddle();
    render(<BackupSection />);
    expect(screen.getByText('No backup made on this device yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Export everything' }));
    expect(
      await screen.findByText(/^Saved parallel-process-backup-\d{4}-\d{2}-\d{2}\.json/),
    ).toHaveAttribute('role', 'status');
    expect(downloads).toHaveLength(1);
    expect(JSON.parse(await downloads[0]!.blob.text()).data.teams).toHaveLength(1);
    expect(await screen.findByText(/^Last backup: /)).toBeInTheDocument();
    expect(await db.settings.get('lastExportAt')).toBeDefined();
  });

  it('exports one chosen team, and the spreadsheets', async () => {
    const user = userEvent.setup();
    await seedHuddle('Youth outreach');
    const other = await seedHuddle('Family clinic');
    render(<BackupSection />);
    await screen.findByRole('option', { name: 'Family clinic' });
    await user.selectOptions(screen.getByLabelText('Team'), 'Family clinic');
    await user.click(screen.getByRole('button', { name: 'Export one team' }));
    await screen.findByText(/^Saved parallel-process-backup-family-clinic-/);
    const team = JSON.parse(await downloads[0]!.blob.text());
    expect(team.scope).toEqual({ kind: 'team', teamId: other.team.id });
    await user.click(screen.getByRole('button', { name: 'Export answers (CSV)' }));
    await screen.findByText(/^Saved parallel-process-answers-/);
    await user.click(screen.getByRole('button', { name: 'Export commitments (CSV)' }));
    await screen.findByText(/^Saved parallel-process-commitments-/);
    // Only a backup of everything counts as "backed up" for the reminder.
    expect(await db.settings.get('lastExportAt')).toBeUndefined();
    expect(downloads.map((d) => d.name.replace(/-\d{4}-\d{2}-\d{2}/, ''))).toEqual([
      'parallel-process-backup-family-clinic.json',
      'parallel-process-answers.csv',
      'parallel-process-commitments.csv',
    ]);
  });

  it('shows a clear error for a file that is not a backup, and writes nothing', async () => {
    const user = userEvent.setup();
    await seedHuddle();
    const before = await everyTable(db);
    render(<BackupSection />);
    await user.upload(
      screen.getByLabelText('Choose a backup file'),
      jsonFile('hello', 'notes.json'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This file is not a Parallel Process backup: it is not a JSON file.',
    );
    expect(screen.queryByRole('button', { name: 'Apply import' })).not.toBeInTheDocument();
    expect(await everyTable(db)).toEqual(before);
  });

  it('previews an import, applies it after a safety snapshot, and reports what it did', async () => {
    const user = userEvent.setup();
    await seedHuddle();
    const json = await exportBackupJson();
    db = await freshDatabase();
    render(<BackupSection />);
    await user.upload(screen.getByLabelText('Choose a backup file'), jsonFile(json));
    const heading = await screen.findByRole('heading', { name: 'Before you import' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/^A backup of everything, made on /)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'What the import will do, by kind of record' });
    const answers = within(table).getByRole('row', { name: /^Answers/ });
    expect(
      within(answers)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '0', '0', '0', '0']);
    // Nothing is written by the preview.
    expect(await db.responses.count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Apply import' }));
    const done = await screen.findByText(/^Import finished: /);
    expect(done.textContent).toBe('Import finished: 12 records added, 0 updated, 0 deleted.');
    await waitFor(() => expect(done).toHaveFocus());
    expect(await db.responses.count()).toBe(3);
    expect((await db.snapshots.toArray()).map((s) => s.reason)).toEqual(['before-import']);
  });

  it('cancels a preview without changing anything', async () => {
    const user = userEvent.setup();
    await seedHuddle();
    const json = await exportBackupJson();
    db = await freshDatabase();
    render(<BackupSection />);
    await user.upload(screen.getByLabelText('Choose a backup file'), jsonFile(json));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(await db.teams.count()).toBe(0);
  });
});
