// What the insights aggregation returns: plain data that crosses postMessage from the worker.
// Ratings appear only as distributions (withheld under the privacy floor), never one by one.
import type { PulseDistribution } from '../huddle/pulse';
import type { Period } from '../themes/types';
import type { CommitmentStatus, Millis, Pillar } from '../types';

export type { Period };

/** Better / same / worse than the previous period that could be shown. */
export type Change = 'better' | 'same' | 'worse';

export interface PeriodSlot {
  start: Millis;
  label: string;
}

export interface PulsePoint extends PeriodSlot {
  dist: PulseDistribution;
  /** Null for the first shown period and for withheld ones (nothing safe to compare). */
  change: Change | null;
  /** The period compared with, when there is a change. */
  previous?: { label: string; mean: number };
}

export interface PulseTrend {
  promptId: string;
  kind: 'pillar-rating' | 'pulse';
  pillar: Pillar;
  label: string;
  question: string;
  points: PulsePoint[];
  /** Every rating in the range together (withheld under the floor like a period). */
  overall: PulseDistribution;
  /** The newest period that could be shown, with its change; null when none could. */
  latest: PulsePoint | null;
}

export interface FollowThroughEntry {
  /** The commitment record reviewed (the newest copy of a carried commitment that holds it). */
  commitmentId: string;
  text: string;
  owner?: string;
  pillar?: Pillar;
  /** The outcome decided at this review. */
  status: Exclude<CommitmentStatus, 'open'>;
  reviewedAt: Millis;
  /** The huddle in which it was reviewed. */
  sessionId: string;
}

export interface FollowThroughPeriod extends PeriodSlot {
  reviewed: number;
  done: number;
  /** done / reviewed, 0..1; null when too few reviews to state a fair share. */
  share: number | null;
  entries: FollowThroughEntry[];
}

export interface FollowThrough {
  periods: FollowThroughPeriod[];
  reviewed: number;
  done: number;
  share: number | null;
  /** Commitments still waiting for their first (or next) review. */
  waiting: { commitmentId: string; text: string; owner?: string; createdAt: Millis }[];
}

export interface TeamInsights {
  teamId: string;
  period: Period;
  periods: PeriodSlot[];
  pulse: PulseTrend[];
  followThrough: FollowThrough;
  /** Ratings read to build the trends (passes excluded). */
  ratings: number;
}

export interface TeamOverview {
  teamId: string;
  name: string;
  /** Completed or running huddles in the range. */
  huddles: number;
  pillars: Record<Pillar, PulseDistribution>;
  /** The seven workplace-pulse items pooled. */
  pulse: PulseDistribution;
  followThrough: { reviewed: number; done: number; share: number | null };
}

export interface Overview {
  teams: TeamOverview[];
}

/** What the team view asks the worker for. */
export interface TeamInsightsRequest {
  teamId: string;
  period: Period;
  /** Inclusive range; no `from` means from the team's first huddle. */
  from?: Millis;
  to: Millis;
  pillar?: Pillar;
}

/** What the overview asks for: every team that is not archived, side by side. */
export interface OverviewRequest {
  period: Period;
  from?: Millis;
  to: Millis;
  pillar?: Pillar;
}
