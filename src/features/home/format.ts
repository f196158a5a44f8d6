// Display text for the team pages. The browser's locale decides the date order.
import type { SessionStatus } from '../../domain/types';

export const STATUS_LABELS: Record<SessionStatus, string> = {
  completed: 'Completed',
  active: 'In progress',
  abandoned: 'Closed early',
};

const dateTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatDateTime(ms: number): string {
  return dateTime.format(ms);
}

/** "1 person", "3 people". */
export function peopleCount(n: number): string {
  return `${n} ${n === 1 ? 'person' : 'people'}`;
}

export function startHuddlePath(teamId: string): string {
  return `/facilitate?team=${encodeURIComponent(teamId)}`;
}
