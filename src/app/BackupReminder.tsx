import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { snoozeBackupReminder, useReminderInput } from '../db/reminder';
import { shouldRemind } from '../lib/backupReminder';

/** The heading of Settings › Back up and restore (features/settings/BackupSection.tsx). */
const BACKUP_TARGET = 'backup-heading';

/**
 * "Back up now" leads to Settings, which loads on demand: once the backup section is on screen,
 * bring it into view and move focus to its heading, so keyboard and screen-reader users land
 * where the banner sent them.
 */
function useFocusBackupSection() {
  const { pathname, hash, key } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` re-runs it for each visit.
  useEffect(() => {
    if (pathname !== '/settings' || hash !== `#${BACKUP_TARGET}`) return;
    let frame = 0;
    const deadline = performance.now() + 5_000;
    const tryFocus = () => {
      const target = document.getElementById(BACKUP_TARGET);
      if (!target) {
        if (performance.now() < deadline) frame = requestAnimationFrame(tryFocus);
        return;
      }
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    };
    tryFocus();
    return () => cancelAnimationFrame(frame);
  }, [pathname, hash, key]);
}

/**
 * A gentle nudge after a few huddles with no backup exported. Never shown during a huddle (the
 * facilitator's screen may be on the wall); it waits until the huddle is over.
 */
export function BackupReminder() {
  const input = useReminderInput();
  const { pathname } = useLocation();
  useFocusBackupSection();
  if (!input || pathname.startsWith('/facilitate/')) return null;
  if (!shouldRemind(input)) return null;
  const { completedSinceExport, lastExportAt } = input;
  const lead = lastExportAt
    ? `${completedSinceExport} huddles since your last backup.`
    : `${completedSinceExport} huddles and no backup yet.`;
  return (
    <section className="banner" aria-label="Backup reminder">
      <p>
        {lead} Browsers can clear a site's stored data to free space, and Safari may erase it after
        7 days without a visit. A backup file keeps your team's reflections safe.
      </p>
      <div className="button-row">
        <Link className="button" to={`/settings#${BACKUP_TARGET}`}>
          Back up now
        </Link>
        <button type="button" className="secondary" onClick={() => void snoozeBackupReminder()}>
          Remind me later
        </button>
      </div>
    </section>
  );
}
