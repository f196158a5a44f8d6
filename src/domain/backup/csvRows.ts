// Rows of the spreadsheet exports (answers, commitments). Read-only views for people: they are
// not backups and cannot be imported. Columns are listed in docs/BACKUP-FORMAT.md.
import { PILLAR_LABELS } from '../pillars';
import type { Commitment, Member, Prompt, Response, Session, Team } from '../types';

export const ANSWER_COLUMNS = [
  'date',
  'team',
  'plan',
  'step',
  'pillar',
  'prompt',
  'person',
  'passed',
  'answer',
  'rating',
  'feelings',
] as const;

export const COMMITMENT_COLUMNS = [
  'date',
  'team',
  'text',
  'owner',
  'due',
  'pillar',
  'status',
] as const;

export interface CsvLookups {
  teams: ReadonlyMap<string, Team>;
  sessions: ReadonlyMap<string, Session>;
  prompts: ReadonlyMap<string, Prompt>;
  members: ReadonlyMap<string, Member>;
}

/** yyyy-mm-dd in the device's time zone: the day people remember the huddle by. */
export function localDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function person(answer: Response, session: Session | undefined, lookups: CsvLookups): string {
  // An anonymous answer has no person, and never gets one from anywhere else.
  if (answer.memberId === null) return '';
  const id = answer.memberId;
  return lookups.members.get(id)?.name ?? session?.guests.find((g) => g.id === id)?.name ?? '';
}

export function answerRow(answer: Response, lookups: CsvLookups): string[] {
  const session = lookups.sessions.get(answer.sessionId);
  return [
    localDate(session?.startedAt ?? answer.createdAt),
    lookups.teams.get(answer.teamId)?.name ?? '',
    session?.planName ?? '',
    session?.steps[answer.stepIndex]?.title ?? '',
    PILLAR_LABELS[answer.pillar],
    lookups.prompts.get(answer.promptId)?.text ?? '',
    person(answer, session, lookups),
    answer.passed ? 'yes' : 'no',
    answer.text ?? '',
    answer.rating === undefined ? '' : String(answer.rating),
    (answer.feelings ?? []).join('; '),
  ];
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Huddle by huddle (oldest first), step by step. Within an anonymous or pulse step the rows are
 * ordered by their content, so the order in which people wrote cannot point at who wrote what.
 */
export function orderAnswers(answers: readonly Response[], lookups: CsvLookups): Response[] {
  const neutral = (r: Response) =>
    `${r.text ?? ''}\u0000${r.rating ?? ''}\u0000${(r.feelings ?? []).join(';')}\u0000${r.passed}`;
  return [...answers].sort((a, b) => {
    const sa = lookups.sessions.get(a.sessionId);
    const sb = lookups.sessions.get(b.sessionId);
    const bySession =
      compare(sa?.startedAt ?? a.createdAt, sb?.startedAt ?? b.createdAt) ||
      compare(a.sessionId, b.sessionId) ||
      compare(a.stepIndex, b.stepIndex);
    if (bySession) return bySession;
    if (a.memberId === null || b.memberId === null) return compare(neutral(a), neutral(b));
    return compare(a.createdAt, b.createdAt) || compare(a.id, b.id);
  });
}

export function commitmentRow(commitment: Commitment, teams: ReadonlyMap<string, Team>): string[] {
  return [
    localDate(commitment.createdAt),
    teams.get(commitment.teamId)?.name ?? '',
    commitment.text,
    commitment.owner ?? '',
    commitment.due ?? '',
    commitment.pillar ? PILLAR_LABELS[commitment.pillar] : '',
    commitment.status,
  ];
}
