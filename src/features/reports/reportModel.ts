// Pure: turns a team's huddles in a period into the counts a period report shows. Answers are
// only counted and averaged, never quoted; a pillar's average is withheld below the pulse
// privacy threshold so no one's rating can be worked out.
import type { PeriodRecord } from '../../db/reports';
import { PULSE_PRIVACY_THRESHOLD, pulseDistribution } from '../../domain/huddle/pulse';
import {
  type Commitment,
  type CommitmentStatus,
  PILLARS,
  type Pillar,
  type SessionStatus,
} from '../../domain/types';

export interface HuddleLine {
  id: string;
  startedAt: number;
  endedAt: number | null;
  planName: string;
  status: SessionStatus;
  people: number;
  answers: number;
  passes: number;
  commitments: number;
  pillars: Pillar[];
}

export interface PillarLine {
  pillar: Pillar;
  /** Huddles whose prompts covered the pillar. */
  huddles: number;
  /** Ratings (1–5) given under the pillar. */
  ratings: number;
  /** Null when fewer than PULSE_PRIVACY_THRESHOLD ratings: withheld. */
  average: number | null;
}

export interface CommitmentLine {
  id: string;
  text: string;
  owner?: string;
  madeAt: number;
  /** Where it ended up, following any carry-overs to the latest copy. */
  outcome: CommitmentStatus;
  timesCarried: number;
}

export interface PeriodReport {
  held: number;
  closedEarly: number;
  attendance: { average: number | null; fewest: number; most: number; guests: number };
  pillars: PillarLine[];
  commitments: CommitmentLine[];
  outcomes: Record<CommitmentStatus, number>;
  huddles: HuddleLine[];
  privacyThreshold: number;
}

function followCarries(start: Commitment, copies: Map<string, Commitment>) {
  let current = start;
  let times = 0;
  const seen = new Set<string>([start.id]);
  for (let next = copies.get(current.id); next && !seen.has(next.id); next = copies.get(next.id)) {
    seen.add(next.id);
    current = next;
    times += 1;
  }
  return { last: current, times };
}

export function buildPeriodReport(record: PeriodRecord): PeriodReport {
  const { sessions, responses, commitments } = record;
  const inPeriod = new Set(sessions.map((s) => s.id));
  const bySession = new Map<string, { answers: number; passes: number }>();
  const ratings = new Map<Pillar, number[]>();
  for (const r of responses) {
    const tally = bySession.get(r.sessionId) ?? { answers: 0, passes: 0 };
    if (r.passed) tally.passes += 1;
    else tally.answers += 1;
    bySession.set(r.sessionId, tally);
    if (!r.passed && r.rating !== undefined) {
      ratings.set(r.pillar, [...(ratings.get(r.pillar) ?? []), r.rating]);
    }
  }

  // Commitments made in the period; copies carried from an earlier huddle are the same promise.
  const copies = new Map<string, Commitment>();
  for (const c of commitments) if (c.carriedFromId) copies.set(c.carriedFromId, c);
  const made = commitments
    .filter((c) => inPeriod.has(c.sessionId) && !c.carriedFromId)
    .sort((a, b) => a.createdAt - b.createdAt);
  const outcomes: Record<CommitmentStatus, number> = {
    open: 0,
    'in-progress': 0,
    done: 0,
    dropped: 0,
    carried: 0,
  };
  const commitmentLines = made.map((c): CommitmentLine => {
    const { last, times } = followCarries(c, copies);
    outcomes[last.status] += 1;
    return {
      id: c.id,
      text: c.text,
      ...(c.owner ? { owner: c.owner } : {}),
      madeAt: c.createdAt,
      outcome: last.status,
      timesCarried: times,
    };
  });
  const madePerSession = new Map<string, number>();
  for (const c of made) madePerSession.set(c.sessionId, (madePerSession.get(c.sessionId) ?? 0) + 1);

  const huddles = [...sessions]
    .sort((a, b) => a.startedAt - b.startedAt)
    .map(
      (s): HuddleLine => ({
        id: s.id,
        startedAt: s.startedAt,
        endedAt: s.endedAt,
        planName: s.planName,
        status: s.status,
        people: s.attendance.length + s.guests.length,
        answers: bySession.get(s.id)?.answers ?? 0,
        passes: bySession.get(s.id)?.passes ?? 0,
        commitments: madePerSession.get(s.id) ?? 0,
        pillars: s.pillars ?? [],
      }),
    );

  const people = huddles.map((h) => h.people);
  const pillars = PILLARS.map((pillar): PillarLine => {
    const given = ratings.get(pillar) ?? [];
    const spread = pulseDistribution(given);
    return {
      pillar,
      huddles: huddles.filter((h) => h.pillars.includes(pillar)).length,
      ratings: spread.count,
      average: spread.withheld ? null : spread.mean,
    };
  });

  return {
    held: sessions.filter((s) => s.status === 'completed').length,
    closedEarly: sessions.filter((s) => s.status === 'abandoned').length,
    attendance: {
      average: people.length ? people.reduce((a, b) => a + b, 0) / people.length : null,
      fewest: people.length ? Math.min(...people) : 0,
      most: people.length ? Math.max(...people) : 0,
      guests: sessions.reduce((n, s) => n + s.guests.length, 0),
    },
    pillars,
    commitments: commitmentLines,
    outcomes,
    huddles,
    privacyThreshold: PULSE_PRIVACY_THRESHOLD,
  };
}
