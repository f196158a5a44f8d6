import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useParticipantMode } from '../../db/encryption/participant';
import { selectExitOpen, selectStatus, setExitOpen, useLock } from './lockStore';
import { isHuddlePath } from './useParticipantActive';

/**
 * In participant mode only the huddle is shown; History, Insights, Library, Settings (and with
 * it export) say they are behind the lock. No redirect: a screen that navigates on its own
 * (the end of a huddle) cannot loop.
 */
export function ParticipantGuard({ children }: { children: ReactNode }) {
  const status = useLock(selectStatus);
  const exitOpen = useLock(selectExitOpen);
  const mode = useParticipantMode();
  const { pathname } = useLocation();
  if (status === 'off') return children;
  // Still reading the setting: show nothing rather than a page that may be off limits.
  if (mode === undefined) return null;
  if (!mode || isHuddlePath(pathname)) return children;
  return (
    <div className="page participant-blocked">
      <h1>This page is behind the lock</h1>
      <p>
        Participant mode is on: only the huddle can be seen on this device. The facilitator can
        leave participant mode with the passphrase.
      </p>
      <div className="button-row">
        <Link className="button" to={mode.path}>
          Back to the huddle
        </Link>
        {/* Opens the passphrase form under the header (then this button steps aside). */}
        {!exitOpen && (
          <button type="button" className="secondary" onClick={() => setExitOpen(true)}>
            Leave participant mode
          </button>
        )}
      </div>
    </div>
  );
}
