// The lock screen, locking without losing typed text, the idle timer, participant mode and the
// Settings section that turns the lock on.
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { createMemoryRouter, NavLink, Outlet, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/db';
import { ENCRYPTION_SETTING, type EncryptionConfig } from '../../../src/db/encryption/config';
import { isEnvelope } from '../../../src/db/encryption/envelope';
import { resetKeyring } from '../../../src/db/encryption/keyring';
import { startParticipantMode } from '../../../src/db/encryption/participant';
import { enableLock, lockNow, lockStatus, unlock } from '../../../src/db/encryption/session';
import type { Response } from '../../../src/domain/types';
import { LockControls } from '../../../src/features/lock/LockControls';
import { LockGate } from '../../../src/features/lock/LockGate';
import { lockApp } from '../../../src/features/lock/lockActions';
import { useLock } from '../../../src/features/lock/lockStore';
import { ParticipantGuard } from '../../../src/features/lock/ParticipantGuard';
import { useIdleLock } from '../../../src/features/lock/useIdleLock';
import { useParticipantActive } from '../../../src/features/lock/useParticipantActive';
import { LockSection, passphraseStrength } from '../../../src/features/settings/LockSection';
import { freshDatabase } from '../db/testDb';

const PASS = 'correct horse battery';
const FAST = { iterationsForTests: 1_000, wrongDelayMsForTests: 0 };

function answer(id: string, text: string): Response {
  return {
    id,
    sessionId: 's1',
    teamId: 't1',
    stepIndex: 0,
    promptId: 'p1',
    pillar: 'play',
    memberId: null,
    passed: false,
    text,
    createdAt: 1,
    updatedAt: 1,
  };
}

beforeEach(async () => {
  resetKeyring();
  useLock.setState({ locking: false, exitOpen: false, migrationError: null });
  await freshDatabase();
});

afterEach(() => {
  vi.useRealTimers();
  resetKeyring();
});

describe('the lock screen', () => {
  beforeEach(async () => {
    await enableLock(PASS, FAST);
    await db.responses.put(answer('r1', 'SECRET answer on screen'));
  });

  it('replaces the whole app while locked, rejects a wrong passphrase and opens with the right one', async () => {
    const user = userEvent.setup();
    lockNow();
    render(
      <LockGate>
        <p>SECRET answer on screen</p>
      </LockGate>,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Parallel Process is locked' }),
    ).toBeVisible();
    expect(document.body.textContent).not.toContain('SECRET');
    expect(document.title).toBe('Locked · Parallel Process');
    expect(screen.getByLabelText('Passphrase')).toHaveFocus();

    await user.type(screen.getByLabelText('Passphrase'), 'wrong guess');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(
      await screen.findByText(/That passphrase is not right/, {}, { timeout: 5_000 }),
    ).toBeVisible();
    expect(lockStatus()).toBe('locked');
    expect(document.body.textContent).not.toContain('SECRET');

    await user.type(screen.getByLabelText('Passphrase'), PASS);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('SECRET answer on screen')).toBeVisible();
    expect(lockStatus()).toBe('unlocked');
  });

  it('lets the screen save what was typed (on unmount) before the key is dropped', async () => {
    // Like an answer field: it saves a moment after it unmounts.
    function Draft() {
      useEffect(
        () => () => {
          setTimeout(() => void db.responses.put(answer('r2', 'typed just before the lock')), 20);
        },
        [],
      );
      return <p>typing…</p>;
    }
    render(
      <LockGate>
        <Draft />
      </LockGate>,
    );
    await act(() => lockApp());
    expect(lockStatus()).toBe('locked');
    expect(screen.queryByText('typing…')).toBeNull();

    const raw = (await import('dexie')).default;
    const connection = new raw(db.name);
    await connection.open();
    const stored = await connection.table('responses').get('r2');
    connection.close();
    expect(isEnvelope(stored?.text)).toBe(true);
    await unlock(PASS, FAST);
    expect((await db.responses.get('r2'))?.text).toBe('typed just before the lock');
  });
});

describe('the idle timer', () => {
  it('fires after the timeout without activity, and activity pushes it back', () => {
    vi.useFakeTimers();
    localStorage.clear();
    const onIdle = vi.fn();
    renderHook(() => useIdleLock(60_000, true, onIdle));
    act(() => vi.advanceTimersByTime(45_000));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    act(() => vi.advanceTimersByTime(45_000));
    expect(onIdle).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(30_000));
    expect(onIdle).toHaveBeenCalled();
  });

  it('does nothing while inactive (no passphrase, or already locked)', () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    renderHook(() => useIdleLock(1_000, false, onIdle));
    act(() => vi.advanceTimersByTime(10_000));
    expect(onIdle).not.toHaveBeenCalled();
  });
});

function Shell() {
  const participant = useParticipantActive();
  return (
    <>
      {!participant && (
        <nav aria-label="Main">
          <NavLink to="/history">History</NavLink>
          <NavLink to="/settings">Settings</NavLink>
        </nav>
      )}
      <LockControls />
      <main>
        <ParticipantGuard>
          <Outlet />
        </ParticipantGuard>
      </main>
    </>
  );
}

function renderApp(path: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <Shell />,
        children: [
          { path: 'history', element: <h1>History</h1> },
          { path: 'settings', element: <h1>Settings</h1> },
          { path: 'facilitate/:id', element: <h1>The huddle</h1> },
          { path: 'facilitate', element: <h1>Facilitate</h1> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('participant mode', () => {
  it('is not offered, and changes nothing, without a passphrase', () => {
    renderApp('/history');
    expect(screen.queryByRole('button', { name: 'Participant mode' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lock now' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'History' })).toBeVisible();
  });

  it('hides navigation, keeps the huddle, blocks other pages and takes the passphrase to leave', async () => {
    const user = userEvent.setup();
    await enableLock(PASS, FAST);
    const router = renderApp('/facilitate/s1');
    await user.click(await screen.findByRole('button', { name: 'Participant mode' }));

    await waitFor(() => expect(screen.queryByRole('navigation')).toBeNull());
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Participant mode' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    expect(screen.getByRole('heading', { name: 'The huddle' })).toBeVisible();

    await act(() => router.navigate('/history'));
    expect(
      await screen.findByRole('heading', { name: 'This page is behind the lock' }),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'History' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to the huddle' })).toHaveAttribute(
      'href',
      '/facilitate/s1',
    );

    await user.click(screen.getByRole('button', { name: 'Participant mode' }));
    const field = screen.getByLabelText('Passphrase');
    expect(field).toHaveFocus();
    await user.type(field, 'not it');
    await user.click(screen.getByRole('button', { name: 'Leave participant mode' }));
    expect(
      await screen.findByText(/That passphrase is not right/, {}, { timeout: 5_000 }),
    ).toBeVisible();
    expect(screen.queryByRole('navigation')).toBeNull();

    await user.type(screen.getByLabelText('Passphrase'), PASS);
    await user.click(screen.getByRole('button', { name: 'Leave participant mode' }));
    expect(await screen.findByRole('heading', { name: 'History' })).toBeVisible();
    expect(screen.getByRole('navigation')).toBeVisible();
  });

  it('survives a reload (kept in the database)', async () => {
    await enableLock(PASS, FAST);
    await startParticipantMode('/facilitate/s1');
    renderApp('/settings');
    expect(
      await screen.findByRole('heading', { name: 'This page is behind the lock' }),
    ).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Settings' })).toBeNull();
  });
});

describe('Settings › Lock and encryption', () => {
  it('warns that a forgotten passphrase cannot be recovered and checks the form', async () => {
    const user = userEvent.setup();
    render(<LockSection />);
    expect(screen.getByText(/cannot be read by anyone — not even us/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Export a backup first' })).toHaveAttribute(
      'href',
      '#backup-heading',
    );

    await user.type(screen.getByLabelText('New passphrase'), 'short');
    expect(screen.getByText(/Too short/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Turn on the lock' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/at least 8 characters/);

    await user.clear(screen.getByLabelText('New passphrase'));
    await user.type(screen.getByLabelText('New passphrase'), PASS);
    await user.type(screen.getByLabelText('Confirm passphrase'), 'something else');
    await user.click(screen.getByRole('button', { name: 'Turn on the lock' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/not the same/);

    await user.clear(screen.getByLabelText('Confirm passphrase'));
    await user.type(screen.getByLabelText('Confirm passphrase'), PASS);
    await user.click(screen.getByRole('button', { name: 'Turn on the lock' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/Tick the box/);
    expect(await db.settings.get(ENCRYPTION_SETTING)).toBeUndefined();
  });

  it('turns the lock on with the production key derivation and shows the settings of a set lock', async () => {
    const user = userEvent.setup();
    await db.responses.put(answer('r1', 'SECRET before the lock'));
    render(<LockSection />);
    await user.type(screen.getByLabelText('New passphrase'), PASS);
    await user.type(screen.getByLabelText('Confirm passphrase'), PASS);
    await user.click(screen.getByLabelText(/forgotten passphrase cannot be reset/));
    await user.click(screen.getByRole('button', { name: 'Turn on the lock' }));
    expect(
      await screen.findByText('Done: the stored data is encrypted.', {}, { timeout: 20_000 }),
    ).toBeVisible();
    const config = (await db.settings.get(ENCRYPTION_SETTING))?.value as EncryptionConfig;
    expect(config.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(screen.getByLabelText('Lock after this long without use')).toHaveValue('10');
    expect(screen.getByRole('group', { name: 'Change the passphrase' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Turn off the lock' })).toBeVisible();
  }, 30_000);

  it('rates passphrases by length first', () => {
    expect(passphraseStrength('abc')).toMatch(/Too short/);
    expect(passphraseStrength('abcdefgh')).toMatch(/Weak/);
    expect(passphraseStrength('violet lantern harbour')).toMatch(/Strong|Fair/);
    expect(passphraseStrength('violet lantern harbour 42!')).toBe('Strong.');
  });
});
