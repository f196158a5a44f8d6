// The backup reminder: counted from completed huddles that ended after the last export.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupReminder } from '../../../src/app/BackupReminder';
import { LAST_EXPORT_SETTING } from '../../../src/db/backup';
import { countCompletedSince, LAST_EXPORT_KEY, readReminderInput } from '../../../src/db/reminder';
import { writeSetting } from '../../../src/db/settings';
import { createTeam } from '../../../src/db/teams';
import type { Team } from '../../../src/domain/types';
import { type Library, seedHuddle, seedLibrary } from '../features/reportsSeed';
import { freshDatabase } from './testDb';

const DAY = 86_400_000;
const START = Date.UTC(2025, 2, 3, 9);
let team: Team;
let lib: Library;

beforeEach(async () => {
  await freshDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
  team = await createTeam('Night shift');
  lib = await seedLibrary();
});

afterEach(() => {
  vi.useRealTimers();
});

async function huddles(n: number, from: number) {
  for (let i = 0; i < n; i += 1) await seedHuddle(team.id, lib, { at: from + i * DAY });
}

function renderAt(path: string) {
  const router = createMemoryRouter([{ path: '*', element: <BackupReminder /> }], {
    initialEntries: [path],
  });
  return render(<RouterProvider router={router} />);
}

const banner = () => screen.queryByRole('region', { name: 'Backup reminder' });
const findBanner = async (text: RegExp) => {
  const region = await screen.findByRole('region', { name: 'Backup reminder' });
  await waitFor(() => expect(region).toHaveTextContent(text));
  return region;
};

describe('backup reminder', () => {
  it('reads the very setting the backup export writes', () => {
    expect(LAST_EXPORT_KEY).toBe(LAST_EXPORT_SETTING);
  });

  it('counts completed huddles that ended after the last export', async () => {
    await huddles(2, START);
    await seedHuddle(team.id, lib, { at: START + 5 * DAY, active: true });
    expect(await countCompletedSince(null)).toBe(2);
    expect(await countCompletedSince(START + DAY)).toBe(1);
    expect(await countCompletedSince(START + 10 * DAY)).toBe(0);
  });

  it('stays away until three huddles have ended with no backup', async () => {
    await huddles(2, START);
    renderAt('/');
    await waitFor(async () => expect((await readReminderInput()).completedSinceExport).toBe(2));
    expect(banner()).toBeNull();
    await huddles(1, START + 3 * DAY);
    expect(await findBanner(/3 huddles and no backup yet/)).toBeVisible();
    expect(banner()).toHaveTextContent(/Safari may erase it after 7 days without a visit/);
    expect(screen.getByRole('link', { name: 'Back up now' })).toHaveAttribute(
      'href',
      '/settings#backup-heading',
    );
  });

  it('an export resets the count', async () => {
    await huddles(3, START);
    renderAt('/history');
    await findBanner(/3 huddles/);
    await writeSetting(LAST_EXPORT_KEY, START + 10 * DAY);
    await waitFor(() => expect(banner()).toBeNull());
    await huddles(3, START + 11 * DAY);
    expect(await findBanner(/3 huddles since your last backup/)).toBeVisible();
  });

  it('"Remind me later" waits for three more huddles', async () => {
    const user = userEvent.setup();
    await huddles(3, START);
    renderAt('/');
    await findBanner(/3 huddles/);
    await user.click(screen.getByRole('button', { name: 'Remind me later' }));
    await waitFor(() => expect(banner()).toBeNull());
    await huddles(2, START + 5 * DAY);
    await waitFor(async () => expect((await readReminderInput()).completedSinceExport).toBe(5));
    expect(banner()).toBeNull();
    await huddles(1, START + 8 * DAY);
    expect(await findBanner(/6 huddles/)).toBeVisible();
  });

  it('never interrupts a running huddle', async () => {
    await huddles(4, START);
    renderAt('/facilitate/some-huddle');
    await waitFor(async () => expect((await readReminderInput()).completedSinceExport).toBe(4));
    await new Promise((r) => setTimeout(r, 50));
    expect(banner()).toBeNull();
  });
});
