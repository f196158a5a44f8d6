// Settings › Automatic snapshots: take one, see it listed, restore it after confirming.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppDB } from '../../../src/db/schema';
import { takeSnapshot } from '../../../src/db/snapshots';
import { createTeam } from '../../../src/db/teams';
import { SnapshotsSection } from '../../../src/features/settings/SnapshotsSection';
import { freshDatabase } from './testDb';

let db: AppDB;

beforeEach(async () => {
  db = await freshDatabase();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Automatic snapshots in Settings', () => {
  it('takes a snapshot on request and lists it with its reason and counts', async () => {
    const user = userEvent.setup();
    await createTeam('Outreach');
    render(<SnapshotsSection />);
    await screen.findByText(/No snapshots yet/);
    await user.click(screen.getByRole('button', { name: 'Take a snapshot now' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Snapshot taken.'));
    const list = await screen.findByRole('list', { name: 'Snapshots, newest first' });
    const item = within(list).getByRole('listitem');
    expect(item).toHaveTextContent('Taken by hand');
    expect(item).toHaveTextContent('1 team · 0 huddles · 0 answers · 0 commitments');
    expect(item).toHaveTextContent(/\d+(\.\d)? (B|KB)/);
  });

  it('explains the restore, keeps the current data as a snapshot, then restores', async () => {
    const user = userEvent.setup();
    await createTeam('Before');
    await takeSnapshot('huddle-ended');
    await createTeam('Added later');
    render(<SnapshotsSection />);
    await screen.findByText(/Taken by hand|A huddle ended/);
    const restore = await screen.findByRole('button', { name: /^Restore the snapshot of/ });
    await user.click(restore);
    const question = screen.getByRole('group');
    expect(question).toHaveTextContent(/is replaced by the data in this snapshot/);
    expect(question).toHaveTextContent(/A snapshot of the current data is taken first/);
    await user.click(
      screen.getByRole('button', { name: 'Yes, replace my data with this snapshot' }),
    );
    await waitFor(async () =>
      expect((await db.teams.toArray()).map((t) => t.name)).toEqual(['Before']),
    );
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(/Restored the snapshot of/),
    );
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('Before a restore or import');
  });

  it('offers a folder only where the browser can write one', async () => {
    render(<SnapshotsSection />);
    await screen.findByText(/No snapshots yet/);
    expect(screen.queryByRole('heading', { name: /save snapshots to a folder/ })).toBeNull();
  });

  it('shows the folder, asks for permission again, and can stop', async () => {
    vi.stubGlobal('showDirectoryPicker', vi.fn());
    vi.stubGlobal('isSecureContext', true);
    // A directory handle cannot be cloned into fake-indexeddb: its setting is read from a stub.
    const snapshots = await import('../../../src/db/snapshots');
    const handle = { name: 'Team backups', queryPermission: async () => 'prompt' };
    vi.spyOn(snapshots, 'getSnapshotFolder').mockResolvedValue(
      handle as unknown as FileSystemDirectoryHandle,
    );
    vi.spyOn(snapshots, 'getFolderStatus').mockResolvedValue({
      lastWrittenAt: null,
      problem: 'permission',
    });
    render(<SnapshotsSection />);
    expect(await screen.findByText('Team backups')).toBeVisible();
    expect(screen.getByText(/needs your permission again/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Allow saving to Team backups' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Stop writing to folder' })).toBeVisible();
  });
});
