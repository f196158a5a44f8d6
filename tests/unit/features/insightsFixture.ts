// A small team history for the Insights tests, written straight into the (fake) database with
// chosen times: six weekly huddles in spring 2026 with text answers (four mention paperwork),
// "walking the talk" ratings and reviewed commitments. Plus the in-process stand-ins for the
// workers (jsdom has no module workers): the same aggregations, run on the page's thread.
import Dexie from 'dexie';
import { installBuiltIns } from '../../../src/db/builtIns';
import { db } from '../../../src/db/db';
import { computeOverview, computeTeamInsights } from '../../../src/db/insights';
import { BUILT_IN_PLANS } from '../../../src/domain/library/plans';
import { BUILT_IN_PROMPTS, PILLAR_RATING_PROMPT_IDS } from '../../../src/domain/library/prompts';
import { analyseThemes } from '../../../src/domain/themes/analyse';
import type { ThemeAnswer } from '../../../src/domain/themes/types';
import type { Commitment, Response, Session, Team } from '../../../src/domain/types';
import type { InsightsServices } from '../../../src/features/insights/InsightsServices';

export const NOW = new Date(2026, 4, 20, 12, 0).getTime();
const WEEK = 7 * 86_400_000;
const RELATIONSHIPS_RATING = PILLAR_RATING_PROMPT_IDS[0] as string;
const TEXT_PROMPT = 'bi-burden-01';

export const MEMBER_NAME = 'Priya Secret';

export const ANSWERS = [
  'The paperwork is eating into time with the young people.',
  'Good chat with the family on Tuesday, they felt heard.',
  'So much paperwork again, I barely saw anyone on Wednesday.',
  'The van broke down so outreach was cancelled twice.',
  'Paperwork backlog is stressing me out this week.',
  'Supervision helped me think about a tricky case.',
  'Less paperwork please, more time with families.',
  'We laughed a lot at the team lunch, it helped.',
  'Rota changes at short notice made it hard to plan.',
  'Rota confusion again, nobody knew who was on call.',
  'The rota was finally clear and it made a difference.',
  'Paperwork duplicated across two systems.',
];

let counter = 0;
function id(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

function session(team: Team, startedAt: number): Session {
  return {
    id: id('session'),
    teamId: team.id,
    planId: 'bi-plan-weekly',
    planName: 'Weekly pillar huddle',
    status: 'completed',
    currentStep: 2,
    steps: [
      {
        planStepId: 'a',
        kind: 'prompts',
        title: 'What got in the way',
        mode: 'round',
        timeBoxSec: 300,
        promptIds: [TEXT_PROMPT],
        revealed: true,
      },
      {
        planStepId: 'b',
        kind: 'prompts',
        title: 'Walking the talk',
        mode: 'pulse',
        timeBoxSec: 120,
        promptIds: [RELATIONSHIPS_RATING],
        revealed: true,
      },
    ],
    attendance: [],
    guests: [],
    startedAt,
    endedAt: startedAt + 1_200_000,
    pillars: ['power', 'relationships'],
    createdAt: startedAt,
    updatedAt: startedAt,
  };
}

function answer(s: Session, patch: Partial<Response>): Response {
  return {
    id: id('answer'),
    sessionId: s.id,
    teamId: s.teamId,
    stepIndex: 0,
    promptId: TEXT_PROMPT,
    pillar: 'power',
    memberId: 'member-priya',
    passed: false,
    createdAt: s.startedAt + 60_000,
    updatedAt: s.startedAt + 60_000,
    ...patch,
  };
}

function commitment(s: Session, text: string, patch: Partial<Commitment> = {}): Commitment {
  return {
    id: id('commitment'),
    teamId: s.teamId,
    sessionId: s.id,
    text,
    owner: 'Sam',
    status: 'open',
    history: [],
    createdAt: s.startedAt + 600_000,
    updatedAt: s.startedAt + 600_000,
    ...patch,
  };
}

/**
 * Ratings per huddle for the Relationships First rating: the two April huddles give 2s and 3s,
 * the May ones 4s and 5s (a clear "better"); the first huddle gives only two ratings.
 */
const RATINGS: number[][] = [
  [3, 3],
  [2, 3, 2],
  [3, 2, 3],
  [4, 5, 4],
  [5, 4, 4],
  [4, 5, 5],
];

export interface Fixture {
  team: Team;
  other: Team;
  sessions: Session[];
}

export async function seedTeamHistory(): Promise<Fixture> {
  await installBuiltIns(BUILT_IN_PROMPTS, BUILT_IN_PLANS);
  const t = NOW - 60 * 86_400_000;
  const team: Team = {
    id: 'team-harbour',
    name: 'Harbour team',
    archived: false,
    agreements: [],
    createdAt: t,
    updatedAt: t,
  };
  const other: Team = { ...team, id: 'team-quay', name: 'Quay team' };
  await db.teams.bulkAdd([team, other]);
  await db.members.add({
    id: 'member-priya',
    teamId: team.id,
    name: MEMBER_NAME,
    archived: false,
    createdAt: t,
    updatedAt: t,
  });
  // Six weekly huddles ending a week before NOW: Apr 1 .. May 6-ish.
  const sessions = RATINGS.map((_, i) => session(team, NOW - (6 - i) * WEEK - 3 * 86_400_000));
  await db.sessions.bulkAdd(sessions);
  const responses: Response[] = [];
  sessions.forEach((s, i) => {
    for (const text of [ANSWERS[2 * i], ANSWERS[2 * i + 1]]) {
      if (text) responses.push(answer(s, { text }));
    }
    for (const rating of RATINGS[i] ?? []) {
      responses.push(
        answer(s, {
          stepIndex: 1,
          promptId: RELATIONSHIPS_RATING,
          pillar: 'relationships',
          memberId: null,
          rating,
        }),
      );
    }
  });
  await db.responses.bulkAdd(responses);
  const [s0, s1, s2, s3] = sessions as [Session, Session, Session, Session];
  const review = (by: Session, status: 'done' | 'dropped') => ({
    status,
    reviewedInSessionId: by.id,
    history: [{ sessionId: by.id, status, at: by.startedAt + 300_000 }],
  });
  await db.commitments.bulkAdd([
    commitment(s0, 'Ask which forms we can drop', review(s1, 'done')),
    commitment(s0, 'Book the van service', review(s1, 'dropped')),
    commitment(s1, 'Share the rota a week ahead', review(s2, 'done')),
    commitment(s2, 'Plan a team lunch', review(s3, 'done')),
    commitment(s3, 'Try one paperwork-free afternoon'),
  ]);
  return { team, other, sessions };
}

async function themeAnswers(teamId: string): Promise<ThemeAnswer[]> {
  const rows = await db.responses
    .where('[teamId+createdAt]')
    .between([teamId, Dexie.minKey], [teamId, Dexie.maxKey])
    .toArray();
  return rows.flatMap((r) =>
    r.text
      ? [
          {
            id: r.id,
            sessionId: r.sessionId,
            teamId,
            pillar: r.pillar,
            createdAt: r.createdAt,
            text: r.text,
          },
        ]
      : [],
  );
}

/** The workers' work, in-process: the same functions the workers call. */
export function inProcessServices(patch: Partial<InsightsServices> = {}): InsightsServices {
  return {
    teamInsights: (request, onProgress) => computeTeamInsights(request, onProgress),
    overview: (request, onProgress) => computeOverview(request, onProgress),
    analyseThemes: async ({ teamId, options }, onProgress) =>
      analyseThemes(await themeAnswers(teamId), {
        ...options,
        ...(onProgress ? { onProgress } : {}),
      }),
    now: () => NOW,
    ...patch,
  };
}
