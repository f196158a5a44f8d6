// Bulk answers for benchmarks (theme engine, search, history paging): any number of
// Response-shaped records with the sample organisation's voice and planted topics, spread evenly
// over two years. They are not a consistent organisation: sessions and members are ids only
// (no Session or Member records), so load them into a scratch database or feed them to the
// engines directly. Streamed, so 500,000 answers never need to sit in one array.
import { BUILT_IN_PROMPTS } from '../library/prompts';
import { mulberry32 } from '../library/random';
import { type Millis, PILLARS, type Pillar, type Prompt, type Response } from '../types';
import { type AnswerWriter, createAnswerWriter } from './compose';
import { DEFAULT_SAMPLE_SEED } from './generate';
import { createIdSource, deriveSeed } from './ids';
import { pick } from './rng';
import { SAMPLE_TEAMS, type SampleTeamSpec } from './teams';
import { SAMPLE_SPAN, WEEK } from './time';

export interface BulkAnswerOptions {
  count: number;
  /** The end of the two years the answers are spread over (epoch ms). */
  now: Millis;
  seed?: number;
  /**
   * Team ids to spread answers over, round-robin. Each borrows a sample team's voice and planted
   * topics in turn (youth, family, residential, youth…). Defaults to three ids from the seed.
   */
  teams?: readonly string[];
}

/** A huddle's two in-depth steps, as in the weekly plan: talked through, then anonymous. */
const ANSWERS_PER_SESSION = 10;
const ROUND_STEP = 2;
const PRIVATE_STEP = 3;

const TEXT_PROMPTS = new Map<Pillar, Prompt[]>(
  PILLARS.map((pillar) => [
    pillar,
    BUILT_IN_PROMPTS.filter(
      (p) => p.category === 'pillar' && p.kind === 'text' && p.pillar === pillar,
    ),
  ]),
);

interface BulkTeam {
  id: string;
  spec: SampleTeamSpec;
  writer: AnswerWriter;
  memberIds: string[];
  names: string[];
  sessionId: string;
  pillar: Pillar;
  prompt: Prompt;
}

export function* streamAnswers(options: BulkAnswerOptions): Generator<Response> {
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;
  const random = mulberry32(deriveSeed(seed, 0xa115));
  // Not the organisation's id source: bulk ids must not repeat the generated organisation's.
  const ids = createIdSource(deriveSeed(seed, 0xb01c));
  const teamIds = options.teams ?? [ids(), ids(), ids()];
  if (teamIds.length === 0) throw new Error('generateAnswers needs at least one team id');
  const teams: BulkTeam[] = teamIds.map((id, i) => {
    const spec = SAMPLE_TEAMS[i % SAMPLE_TEAMS.length] as SampleTeamSpec;
    return {
      id,
      spec,
      writer: createAnswerWriter(spec, random),
      memberIds: spec.members.map(() => ids()),
      names: spec.members.map((m) => m.name),
      sessionId: '',
      pillar: 'relationships',
      prompt: TEXT_PROMPTS.get('relationships')?.[0] as Prompt,
    };
  });
  const count = Math.max(0, Math.floor(options.count));
  const perTeam = Math.ceil(count / teams.length);
  const start = options.now - SAMPLE_SPAN;
  for (let i = 0; i < count; i += 1) {
    const team = teams[i % teams.length] as BulkTeam;
    const j = Math.floor(i / teams.length);
    const inSession = j % ANSWERS_PER_SESSION;
    if (inSession === 0) {
      team.sessionId = ids();
      team.pillar = pick(random, PILLARS);
    }
    const stepIndex = inSession < ANSWERS_PER_SESSION / 2 ? ROUND_STEP : PRIVATE_STEP;
    if (inSession === 0 || inSession === ANSWERS_PER_SESSION / 2) {
      team.prompt = pick(random, TEXT_PROMPTS.get(team.pillar) ?? []);
    }
    const createdAt = Math.floor(start + ((j + random()) / perTeam) * SAMPLE_SPAN);
    const passed = random() < 0.08;
    const response: Response = {
      id: ids(),
      sessionId: team.sessionId,
      teamId: team.id,
      stepIndex,
      promptId: team.prompt.id,
      pillar: team.pillar,
      memberId: stepIndex === ROUND_STEP ? pick(random, team.memberIds) : null,
      passed,
      createdAt,
      updatedAt: createdAt,
    };
    if (!passed) {
      response.text = team.writer.write({
        kind: `pillar:${team.pillar}`,
        weeksAgo: Math.floor((options.now - createdAt) / WEEK),
        typist: stepIndex === ROUND_STEP ? 'facilitator' : 'self',
        names: team.names,
      });
    }
    yield response;
  }
}

/** The same answers as streamAnswers, in one array (fine up to a few hundred thousand). */
export function generateAnswers(options: BulkAnswerOptions): Response[] {
  return Array.from(streamAnswers(options));
}
