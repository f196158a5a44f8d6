// Display words for the period report.
import type { CommitmentStatus, SessionStatus } from '../../domain/types';

export const OUTCOME_LABELS: Record<CommitmentStatus, string> = {
  done: 'Done',
  'in-progress': 'In progress',
  dropped: 'Dropped',
  open: 'Not reviewed yet',
  carried: 'Carried over',
};

/** Order outcomes are listed in: follow-through first. */
export const OUTCOME_ORDER: CommitmentStatus[] = [
  'done',
  'in-progress',
  'open',
  'carried',
  'dropped',
];

export const STATUS_WORDS: Record<SessionStatus, string> = {
  completed: 'Completed',
  abandoned: 'Closed early',
  active: 'In progress',
};

const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export function formatDay(ms: number): string {
  return day.format(ms);
}

export function formatAverage(value: number): string {
  return value.toFixed(1);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
