import './lock.css';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useIdleMinutes } from '../../db/encryption/idle';
import { startParticipantMode } from '../../db/encryption/participant';
import { lockApp } from './lockActions';
import { selectExitOpen, selectStatus, setExitOpen, useLock } from './lockStore';
import { ParticipantExit } from './ParticipantExit';
import { useIdleLock } from './useIdleLock';
import { isHuddlePath, useParticipantActive } from './useParticipantActive';

/** Header controls, shown only once a passphrase is set; also runs the idle lock. */
export function LockControls() {
  const status = useLock(selectStatus);
  const exitOpen = useLock(selectExitOpen);
  const participant = useParticipantActive();
  const minutes = useIdleMinutes();
  const location = useLocation();
  const navigate = useNavigate();
  useIdleLock(minutes * 60_000, status === 'unlocked', () => void lockApp());
  const toggleRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // Closing the passphrase form (Cancel, Escape or done) puts focus back on the toggle.
  useEffect(() => {
    if (wasOpen.current && !exitOpen) toggleRef.current?.focus();
    wasOpen.current = exitOpen;
  }, [exitOpen]);

  if (status === 'off') return null;

  async function toggleParticipant() {
    if (participant) {
      setExitOpen(!exitOpen);
      return;
    }
    // Pinned to the huddle on screen; from anywhere else, to the Facilitate start page.
    const path = isHuddlePath(location.pathname) ? location.pathname : '/facilitate';
    await startParticipantMode(path);
    if (path !== location.pathname) await navigate(path);
  }

  return (
    <div className="lock-controls">
      <button
        ref={toggleRef}
        type="button"
        className="toggle"
        aria-pressed={participant}
        aria-expanded={participant ? exitOpen : undefined}
        onClick={() => void toggleParticipant()}
      >
        Participant mode
      </button>
      <button type="button" className="secondary" onClick={() => void lockApp()}>
        Lock now
      </button>
      {participant && exitOpen && <ParticipantExit />}
    </div>
  );
}
