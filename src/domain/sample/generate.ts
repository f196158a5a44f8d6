// The sample organisation, generated from a seed and the moment it ends at: three teams, their
// people, two years of weekly huddles with answers and commitments. Deterministic: the same seed
// and `now` always give identical records (no clock, no Math.random, no crypto ids).
import { BUILT_IN_PLANS } from '../library/plans';
import { BUILT_IN_PROMPTS } from '../library/prompts';
import { mulberry32 } from '../library/random';
import { indexPrompts } from '../library/rotation';
import type { Commitment, Member, Millis, Response, Session, Team } from '../types';
import { huddleStarts } from './calendar';
import { createAnswerWriter } from './compose';
import { runHuddle } from './huddle';
import { createIdSource, deriveSeed, type IdSource } from './ids';
import { between, wobble } from './rng';
import type { SampleMember, TeamRun } from './run';
import { SAMPLE_TEAMS, type SampleTeamSpec } from './teams';
import { DAY, SAMPLE_SPAN } from './time';

/** The seed the app loads with: the same made-up organisation on every device. */
export const DEFAULT_SAMPLE_SEED = 20_240_601;

/** Records by table name, ready for bulkAdd. Prompts and plans are the built-ins. */
export interface SampleData {
  teams: Team[];
  members: Member[];
  sessions: Session[];
  responses: Response[];
  commitments: Commitment[];
}

export interface SampleOptions {
  /** The end of the two years (epoch ms): the last huddle has ended before it. */
  now: Millis;
  seed?: number;
}

const PROMPTS_BY_ID = indexPrompts(BUILT_IN_PROMPTS);
const PLANS_BY_ID = new Map(BUILT_IN_PLANS.map((p) => [p.id, p]));

function buildMembers(
  spec: SampleTeamSpec,
  team: Team,
  ids: IdSource,
  random: () => number,
  now: Millis,
): SampleMember[] {
  const start = now - SAMPLE_SPAN;
  return spec.members.map((m) => {
    const joinedAt = m.joinsAt === undefined ? team.createdAt : start + m.joinsAt * SAMPLE_SPAN;
    const leftAt = m.leavesAt === undefined ? null : start + m.leavesAt * SAMPLE_SPAN;
    const record: Member = {
      id: ids(),
      teamId: team.id,
      name: m.name,
      archived: leftAt !== null,
      createdAt: Math.round(joinedAt),
      updatedAt: Math.round(leftAt ?? joinedAt),
    };
    return {
      record,
      bias: 0.35 * wobble(random),
      attendance: 0.72 + 0.23 * random(),
      passiness: 0.5 + random() * 1.1,
      joinedAt: record.createdAt,
      leftAt: leftAt === null ? null : Math.round(leftAt),
    };
  });
}

function runTeam(spec: SampleTeamSpec, index: number, seed: number, ids: IdSource, now: Millis) {
  const random = mulberry32(deriveSeed(seed, index + 1));
  const starts = huddleStarts(spec, now, random);
  const first = starts[0] ?? now - SAMPLE_SPAN;
  const createdAt = first - between(random, 7, 20) * DAY;
  const team: Team = {
    id: ids(),
    name: spec.name,
    archived: false,
    sample: true,
    agreements: [...spec.agreements],
    createdAt,
    updatedAt: createdAt,
  };
  const run: TeamRun = {
    spec,
    team,
    members: [],
    random,
    ids,
    writer: createAnswerWriter(spec, random),
    promptsById: PROMPTS_BY_ID,
    plansById: PLANS_BY_ID,
    now,
    sessions: [],
    responses: [],
    commitments: [],
    pending: [],
  };
  run.members = buildMembers(spec, team, ids, random, now);
  for (const startedAt of starts) runHuddle(run, startedAt);
  return run;
}

/** Generates the whole sample organisation. ~0.2–0.5 s; see tests/unit/domain/sample. */
export function generateSampleData({ now, seed = DEFAULT_SAMPLE_SEED }: SampleOptions): SampleData {
  // Ids depend on `now` as well as the seed: backup merges match records by id, so sample data
  // loaded on two devices (or twice, at different times) must never share ids with different
  // contents. What people say depends on the seed alone; the calendar follows `now`.
  const ids = createIdSource(deriveSeed(seed, now % 2 ** 32, Math.floor(now / 2 ** 32)));
  const runs = SAMPLE_TEAMS.map((spec, index) => runTeam(spec, index, seed, ids, now));
  return {
    teams: runs.map((r) => r.team),
    members: runs.flatMap((r) => r.members.map((m) => m.record)),
    sessions: runs.flatMap((r) => r.sessions),
    responses: runs.flatMap((r) => r.responses),
    commitments: runs.flatMap((r) => r.commitments),
  };
}
