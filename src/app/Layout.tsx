import { Suspense, useEffect } from 'react';
import { NavLink, Outlet } from 'react-router';
import { LockControls } from '../features/lock/LockControls';
import { ParticipantGuard } from '../features/lock/ParticipantGuard';
import { useParticipantActive } from '../features/lock/useParticipantActive';
import { selectLargeText, selectSetLargeText, usePreferences } from '../lib/preferences';
import { BackupReminder } from './BackupReminder';
import { RouteLoading } from './RouteLoading';
import { UpdateBanner } from './UpdateBanner';
import { UpgradeBanner } from './UpgradeBanner';

const NAV_ITEMS = [
  { to: '/', label: 'Teams', end: true },
  { to: '/facilitate', label: 'Facilitate', end: false },
  { to: '/history', label: 'History', end: false },
  { to: '/insights', label: 'Insights', end: false },
  { to: '/library', label: 'Library', end: false },
  { to: '/settings', label: 'Settings', end: false },
] as const;

export function Layout() {
  const largeText = usePreferences(selectLargeText);
  const setLargeText = usePreferences(selectSetLargeText);
  // Participant mode (a passphrase is set): no navigation, no export reminder, only the huddle.
  const participant = useParticipantActive();

  useEffect(() => {
    document.documentElement.dataset.largeText = largeText ? 'on' : 'off';
  }, [largeText]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="brand">
          <img src="/favicon.svg" alt="" width="32" height="32" />
          <span>Parallel Process</span>
        </div>
        {!participant && (
          <nav aria-label="Main">
            <ul>
              {NAV_ITEMS.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="header-actions">
          <button
            type="button"
            className="toggle"
            aria-pressed={largeText}
            onClick={() => setLargeText(!largeText)}
          >
            Large text
          </button>
          <LockControls />
        </div>
      </header>
      <UpgradeBanner />
      <UpdateBanner />
      {!participant && <BackupReminder />}
      <main id="main" tabIndex={-1}>
        <ParticipantGuard>
          <Suspense fallback={<RouteLoading />}>
            <Outlet />
          </Suspense>
        </ParticipantGuard>
      </main>
      <footer className="app-footer">
        <p>Everything stays on this device unless you export it.</p>
      </footer>
    </>
  );
}
