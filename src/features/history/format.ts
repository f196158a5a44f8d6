// Display text for the history list and the summary. The browser's locale decides date order.
import type { CommitmentStatus, Session, SessionStatus } from '../../domain/types';

export const STATUS_LABELS: Record<SessionStatus, string> = {
  completed: 'Completed',
  active: 'In progress',
  abandoned: 'Closed early',
};

export const REVIEW_LABELS: Record<CommitmentStatus, string> = {
  open: 'Open',
  done: 'Done',
  'in-progress': 'In progress',
  dropped: 'Dropped',
  carried: 'Carried over',
};

const dateTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const timeOnly = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateOnly = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

export function formatDateTime(ms: number): string {
  return dateTime.format(ms);
}

export function formatTime(ms: number): string {
  return timeOnly.format(ms);
}

/** A stored yyyy-mm-dd due date, read as a local calendar date (not UTC midnight). */
export function formatDueDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return dateOnly.format(new Date(y, m - 1, d));
}

export function formatDuration(ms: number): string {
  const minutes = Math.round(Math.max(0, ms) / 60_000);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${plural(hours, 'hour')} ${plural(rest, 'minute')}` : plural(hours, 'hour');
}

/** "1 step", "5 steps"; pass `many` for irregular words ("person" → "people"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Members present plus guests. */
export function attendanceCount(session: Pick<Session, 'attendance' | 'guests'>): number {
  return session.attendance.length + session.guests.length;
}

/** 1-based step a closed-early huddle stopped at; 0 if it closed in the lobby. */
export function stoppedAt(session: Session): number {
  const total = session.steps.length;
  const index = session.stoppedAtStep ?? session.currentStep;
  return Math.min(total, Math.max(0, index + 1));
}

/** Where the huddle got to: "5 steps", or "stopped at step 2 of 5" for one closed early. */
function progress(session: Session): string {
  const total = session.steps.length;
  if (session.status === 'abandoned') {
    const stopped = stoppedAt(session);
    return stopped === 0
      ? `closed before the first of ${total} steps`
      : `stopped at step ${stopped} of ${total}`;
  }
  const reached = Math.min(total, Math.max(0, session.currentStep + 1));
  if (session.status === 'active') {
    return reached === 0
      ? `in the lobby, ${plural(total, 'step')} planned`
      : `on step ${reached} of ${total}`;
  }
  return plural(total, 'step');
}

/** "5 steps · 2 commitments": what the huddle got through, in one line. */
export function huddleSummaryLine(session: Session, commitments: number): string {
  return [progress(session), plural(commitments, 'commitment')].join(' · ');
}
