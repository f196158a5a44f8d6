// Commitments made at the end of a huddle and reviewed at the next weekly one, written exactly
// as src/db/commitments.ts would leave them: a review sets status, reviewedInSessionId and a
// history entry; carrying over closes the old one as 'carried' and opens a copy in the reviewing
// huddle that keeps the whole history.
import type { Commitment, CommitmentStatus, Millis, Pillar, Session } from '../types';
import { PILLARS } from '../types';
import { between, chance, pick, weighted } from './rng';
import type { TeamRun } from './run';
import { followThrough } from './teams';
import { DAY, isoDate } from './time';

export function makeCommitments(
  run: TeamRun,
  session: Session,
  focus: Pillar,
  names: readonly string[],
  from: Millis,
  to: Millis,
  weeksAgo: number,
): void {
  const { random } = run;
  const count = chance(run.random, 0.55) ? 1 : 2;
  const made: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const pillar = chance(random, 0.5) ? focus : pick(random, PILLARS);
    let text = run.writer.commitment(pillar, weeksAgo, names);
    // Two identical commitments in one huddle would look like a double save.
    if (made.includes(text)) text = run.writer.commitment(pillar, weeksAgo, names);
    if (made.includes(text)) continue;
    made.push(text);
    const at = Math.round(from + ((i + 1) / (count + 1)) * (to - from));
    const owner = random();
    const commitment: Commitment = {
      id: run.ids(),
      teamId: run.team.id,
      sessionId: session.id,
      text,
      ...(owner < 0.6 && names.length > 0 ? { owner: pick(random, names) } : {}),
      ...(owner >= 0.6 && owner < 0.7 ? { owner: 'Everyone' } : {}),
      ...(chance(random, 0.35)
        ? { due: isoDate(session.startedAt + between(random, 4, 14) * DAY) }
        : {}),
      ...(chance(random, 0.65) ? { pillar } : {}),
      status: 'open',
      history: [],
      createdAt: at,
      updatedAt: at,
    };
    run.commitments.push(commitment);
    run.pending.push(commitment);
  }
}

type ReviewStatus = Exclude<CommitmentStatus, 'open'>;
const REVIEW_STATUSES: readonly ReviewStatus[] = ['done', 'in-progress', 'carried', 'dropped'];

function reviewStatus(run: TeamRun, commitment: Commitment, t: number): ReviewStatus {
  const done = followThrough(run.spec.pulseTrend, t);
  const reviewed = commitment.history.length;
  // Long-running items get settled: after two reviews, done or dropped.
  const inProgress = reviewed >= 2 ? 0 : reviewed === 0 ? 0.18 : 0.1;
  const carried = reviewed >= 2 ? 0 : commitment.carriedFromId ? 0.04 : 0.12;
  // Dropping is honest and should be visible, but it tracks follow-through: fewer when done is high.
  const dropped = 0.08 + Math.max(0, 0.65 - done) * 0.5;
  return REVIEW_STATUSES[
    weighted(run.random, [done, inProgress, carried, dropped])
  ] as ReviewStatus;
}

/** The review step: every commitment made before this huddle and still open or in progress. */
export function reviewCommitments(
  run: TeamRun,
  session: Session,
  from: Millis,
  to: Millis,
  t: number,
): void {
  const due = run.pending.filter((c) => c.sessionId !== session.id);
  const stillPending = run.pending.filter((c) => c.sessionId === session.id);
  due.forEach((commitment, index) => {
    const at = Math.round(from + ((index + 1) / (due.length + 1)) * (to - from));
    const status = reviewStatus(run, commitment, t);
    const history = [...commitment.history, { sessionId: session.id, status, at }];
    Object.assign(commitment, { status, reviewedInSessionId: session.id, history, updatedAt: at });
    if (status === 'in-progress') stillPending.push(commitment);
    if (status !== 'carried') return;
    const { reviewedInSessionId: _reviewed, ...rest } = commitment;
    const carried: Commitment = {
      ...rest,
      id: run.ids(),
      sessionId: session.id,
      status: 'open',
      carriedFromId: commitment.id,
      history: [...history],
      createdAt: at,
      updatedAt: at,
    };
    run.commitments.push(carried);
    stillPending.push(carried);
  });
  run.pending = stillPending;
}
