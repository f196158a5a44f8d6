// The state one sample team accumulates while its two years are simulated, huddle by huddle.
import type { RandomSource } from '../library/random';
import type { Commitment, Member, Millis, Plan, Prompt, Response, Session, Team } from '../types';
import type { AnswerWriter } from './compose';
import type { IdSource } from './ids';
import type { SampleTeamSpec } from './teams';

export interface SampleMember {
  record: Member;
  /** Leans this person's ratings up or down. */
  bias: number;
  /** Chance of being at a given huddle. */
  attendance: number;
  /** Multiplies the chance of passing. */
  passiness: number;
  joinedAt: Millis;
  leftAt: Millis | null;
}

export interface TeamRun {
  spec: SampleTeamSpec;
  team: Team;
  members: SampleMember[];
  random: RandomSource;
  ids: IdSource;
  writer: AnswerWriter;
  promptsById: ReadonlyMap<string, Prompt>;
  plansById: ReadonlyMap<string, Plan>;
  now: Millis;
  sessions: Session[];
  responses: Response[];
  commitments: Commitment[];
  /** Open or in-progress commitments, waiting for the next review step. */
  pending: Commitment[];
}
