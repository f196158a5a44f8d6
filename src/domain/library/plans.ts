// The shipped huddle plans. Plan ids and step ids are stored in sessions (planId, planStepId):
// NEVER change or reuse them. Time boxes are realistic for 6–10 people and keep every plan
// inside 10–20 minutes; running out of time never cuts anyone off.
import type { Pillar, Plan, PlanStep } from '../types';
import { BUILT_IN_TIMESTAMP } from './builtIn';
import { BURDEN_RELIEF_PROMPT_ID } from './practicePrompts';
import { CHECKIN_PROMPT_IDS, PILLAR_RATING_PROMPT_IDS, PULSE_PROMPT_IDS } from './prompts';

function plan(fields: Pick<Plan, 'id' | 'name' | 'description' | 'steps'>): Plan {
  return {
    ...fields,
    builtIn: true,
    retired: false,
    createdAt: BUILT_IN_TIMESTAMP,
    updatedAt: BUILT_IN_TIMESTAMP,
  };
}

// Steps shared by several plans. Each plan gets its own step id, so a session's planStepId
// always says which plan's step it came from.

function checkinStep(id: string, timeBoxSec: number): PlanStep {
  return {
    id,
    kind: 'prompts',
    title: 'Check-in',
    source: { type: 'prompts', promptIds: [...CHECKIN_PROMPT_IDS] },
    mode: 'round',
    timeBoxSec,
  };
}

function closerStep(id: string): PlanStep {
  return {
    id,
    kind: 'prompts',
    title: 'Closing',
    source: { type: 'draw', pillar: 'relationships', category: 'closer', count: 1 },
    mode: 'round',
    timeBoxSec: 90,
  };
}

function commitmentsStep(id: string, title = 'Our commitments'): PlanStep {
  return { id, kind: 'commitments', title, mode: 'round', timeBoxSec: 120 };
}

/** The pillar a plan focuses on by default; the facilitator may choose another (withPillar). */
export const DEFAULT_FOCUS_PILLAR: Pillar = 'relationships';

export const BUILT_IN_PLANS: Plan[] = [
  plan({
    id: 'bi-plan-checkin10',
    name: '10-minute check-in',
    description:
      'The three community-meeting questions (how are you feeling, what is your goal today, who can you ask for help) and a short closing. Good at shift change or on a busy day.',
    steps: [checkinStep('checkin10-checkin', 480), closerStep('checkin10-closer')],
  }),
  plan({
    id: 'bi-plan-weekly',
    name: 'Weekly pillar huddle',
    description:
      "Check in, look back at last time's commitments, go deeper into one pillar (out loud, then privately), take the team pulse, and agree what we will try next.",
    steps: [
      checkinStep('weekly-checkin', 240),
      {
        id: 'weekly-review',
        kind: 'review-commitments',
        title: "Last time's commitments",
        mode: 'round',
        timeBoxSec: 120,
      },
      {
        id: 'weekly-pillar-talk',
        kind: 'prompts',
        title: 'Talk it through',
        source: { type: 'draw', pillar: DEFAULT_FOCUS_PILLAR, count: 1 },
        mode: 'round',
        timeBoxSec: 240,
      },
      {
        // A second prompt answered unseen, so harder truths have a safe way in whatever the pillar.
        id: 'weekly-pillar-private',
        kind: 'prompts',
        title: 'One more, privately',
        source: { type: 'draw', pillar: DEFAULT_FOCUS_PILLAR, count: 1 },
        mode: 'anonymous',
        timeBoxSec: 150,
      },
      {
        id: 'weekly-pulse',
        kind: 'prompts',
        title: 'Team pulse',
        source: { type: 'prompts', promptIds: [...PULSE_PROMPT_IDS] },
        mode: 'pulse',
        timeBoxSec: 180,
      },
      commitmentsStep('weekly-commitments', 'What we will try next'),
      closerStep('weekly-closer'),
    ],
  }),
  plan({
    id: 'bi-plan-walking',
    name: 'Walking the talk',
    description:
      'A quick 1–5 rating of how well we lived each pillar with each other, one honest anonymous reflection, and one thing to practise.',
    steps: [
      {
        id: 'walking-ratings',
        kind: 'prompts',
        title: 'How did we do?',
        source: { type: 'prompts', promptIds: [...PILLAR_RATING_PROMPT_IDS] },
        mode: 'pulse',
        timeBoxSec: 180,
      },
      {
        id: 'walking-reflect',
        kind: 'prompts',
        title: 'Walking our talk',
        source: { type: 'prompts', promptIds: ['bi-par-01'] },
        mode: 'anonymous',
        timeBoxSec: 300,
      },
      commitmentsStep('walking-commitments', 'One thing to practise'),
      closerStep('walking-closer'),
    ],
  }),
  plan({
    id: 'bi-plan-deepdive',
    name: 'Pillar deep dive',
    description:
      'A playful warm-up, two prompts from one pillar (one out loud, one anonymous), an optional look at what got in the way of care, then commitments and a closing.',
    steps: [
      {
        id: 'deepdive-warmup',
        kind: 'prompts',
        title: 'Warm-up',
        source: { type: 'draw', pillar: 'play', category: 'warmup', count: 1 },
        mode: 'round',
        timeBoxSec: 120,
      },
      {
        id: 'deepdive-talk',
        kind: 'prompts',
        title: 'Talk it through',
        source: { type: 'draw', pillar: DEFAULT_FOCUS_PILLAR, count: 1 },
        mode: 'round',
        timeBoxSec: 300,
      },
      {
        id: 'deepdive-private',
        kind: 'prompts',
        title: 'One more, privately',
        source: { type: 'draw', pillar: DEFAULT_FOCUS_PILLAR, count: 1 },
        mode: 'anonymous',
        timeBoxSec: 240,
      },
      {
        // Optional: the facilitator can skip it when time is short. Pairs "what got in the way"
        // with choosing one relief, so naming the burden leads somewhere.
        id: 'deepdive-burden',
        kind: 'prompts',
        title: 'What got in the way of care (optional)',
        source: { type: 'prompts', promptIds: ['bi-burden-01', BURDEN_RELIEF_PROMPT_ID] },
        mode: 'round',
        timeBoxSec: 240,
      },
      commitmentsStep('deepdive-commitments'),
      closerStep('deepdive-closer'),
    ],
  }),
];
