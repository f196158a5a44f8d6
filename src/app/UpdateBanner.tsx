import { useRegisterSW } from 'virtual:pwa-register/react';
import { useActiveSessions } from '../db/hooks';

/**
 * A new version waits for the person's go-ahead: the app never reloads itself, so nobody loses
 * what the room is typing. During a huddle the banner says the reload can wait.
 */
export function UpdateBanner() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  const active = useActiveSessions();
  if (!needRefresh) return null;
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
        <button type="button" onClick={() => void updateServiceWorker(true)}>
          Update now
        </button>
        <button type="button" className="secondary" onClick={() => setNeedRefresh(false)}>
          Later
        </button>
      </div>
    </section>
  );
}
