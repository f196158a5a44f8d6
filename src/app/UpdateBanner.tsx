import { useState } from 'react';
import { useActiveSessions } from '../db/hooks';
import { applyUpdate, useUpdateWaiting } from './serviceWorker';

/**
 * A new version waits for the person's go-ahead: the app never reloads itself, so nobody loses
 * what the room is typing. During a huddle the banner says the reload can wait.
 */
export function UpdateBanner() {
  const waiting = useUpdateWaiting();
  const [later, setLater] = useState(false);
  const active = useActiveSessions();
  if (!waiting || later) return null;
  const huddleRunning = (active?.length ?? 0) > 0;
  return (
    <section className="banner" aria-label="Update available">
      <p>
        A new version of Parallel Process is ready.
        {huddleRunning
          ? ' A huddle is in progress: update after it ends (answers are saved either way).'
          : ' Updating takes a second.'}
      </p>
      <div className="button-row">
        <button type="button" onClick={applyUpdate}>
          Update now
        </button>
        <button type="button" className="secondary" onClick={() => setLater(true)}>
          Later
        </button>
      </div>
    </section>
  );
}
