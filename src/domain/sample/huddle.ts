// One simulated huddle of a sample team: plan and focus chosen as a facilitator would, prompts
// drawn through the real rotation, who came, what each person answered (or passed), commitments
// made and reviewed, and timestamps that all fall inside the huddle.
import { pillarsCovered } from '../library/coverage';
import { withPillar } from '../library/planSteps';
import { leastRecentPillar, promptUsesFromSessions, resolvePlanSteps } from '../library/rotation';
import {
  type Guest,
  type Millis,
  PILLARS,
  type Pillar,
  type Plan,
  type Response,
  type Session,
  type SessionStep,
} from '../types';
import { makeCommitments, reviewCommitments } from './commitments';
import { choice, feelings, rating } from './ratings';
import { between, chance, pick, weighted } from './rng';
import type { SampleMember, TeamRun } from './run';
import { SAMPLE_GUEST_NAMES, teamMood } from './teams';
import { textKindOf } from './templates';
import { SAMPLE_SPAN, weeksAgo } from './time';

/** As many past huddles as rotation looks at when the app opens a huddle (startHuddle.ts). */
const ROTATION_HISTORY = 12;

/** Chance of passing by how the step collects answers (before each person's own tendency). */
const PASS_CHANCE: Record<SessionStep['mode'], number> = {
  round: 0.12,
  private: 0.15,
  anonymous: 0.18,
  pulse: 0.08,
};

interface Participant {
  id: string;
  name: string;
  member: SampleMember | null;
}

interface Moment {
  run: TeamRun;
  session: Session;
  mood: number;
  weeksAgo: number;
  participants: Participant[];
}

function choosePlan(run: TeamRun): Plan {
  const entries = Object.entries(run.spec.planWeights);
  const [id] =
    entries[
      weighted(
        run.random,
        entries.map(([, w]) => w),
      )
    ] ?? [];
  const plan = id ? run.plansById.get(id) : undefined;
  if (!plan) throw new Error(`Sample plan ${id} is not a built-in plan`);
  return plan;
}

function drawsPillar(plan: Plan): boolean {
  return plan.steps.some(
    (s) => s.source?.type === 'draw' && (s.source.category ?? 'pillar') === 'pillar',
  );
}

function whoCame(run: TeamRun, at: Millis): { present: SampleMember[]; guests: Guest[] } {
  const { random } = run;
  const current = run.members.filter((m) => m.joinedAt <= at && (m.leftAt ?? Infinity) > at);
  const present = current.filter((m) => chance(random, m.attendance));
  // A huddle of one or two rarely goes ahead: the usual few step in.
  for (const m of current) if (present.length < 3 && !present.includes(m)) present.push(m);
  const guests: Guest[] = [];
  if (chance(random, 0.07)) {
    const count = chance(random, 0.15) ? 2 : 1;
    for (let i = 0; i < count; i += 1) {
      const name = pick(random, SAMPLE_GUEST_NAMES);
      if (!guests.some((g) => g.name === name)) guests.push({ id: `guest-${run.ids()}`, name });
    }
  }
  present.sort((a, b) => run.members.indexOf(a) - run.members.indexOf(b));
  return { present, guests };
}

function answerStep(
  m: Moment,
  stepIndex: number,
  step: SessionStep,
  answering: Participant[],
  from: Millis,
  to: Millis,
): void {
  const { run } = m;
  const { random } = run;
  const anonymous = step.mode === 'anonymous' || step.mode === 'pulse';
  const total = answering.length * step.promptIds.length;
  // Room for typing after the last answer, so every update lands inside the step.
  const span = Math.max(1000, to - from - 45_000);
  let k = 0;
  for (const who of answering) {
    // Answers name colleagues, not visitors.
    const others = m.participants.filter((p) => p !== who && p.member).map((p) => p.name);
    for (const promptId of step.promptIds) {
      const prompt = run.promptsById.get(promptId);
      if (!prompt) continue;
      const createdAt = Math.round(from + ((k + random()) / total) * span);
      k += 1;
      const passes = random() < PASS_CHANCE[step.mode] * (who.member?.passiness ?? 1);
      const response: Response = {
        id: run.ids(),
        sessionId: m.session.id,
        teamId: run.team.id,
        stepIndex,
        promptId,
        pillar: prompt.pillar,
        memberId: anonymous ? null : who.id,
        passed: passes,
        createdAt,
        updatedAt: createdAt,
      };
      if (!passes) {
        if (prompt.kind === 'scale') {
          response.rating = rating(random, m.mood, prompt.id, who.member?.bias ?? 0);
        } else if (prompt.kind === 'choice') {
          response.text = choice(random, prompt, m.mood);
        } else {
          if (prompt.kind === 'feeling') response.feelings = feelings(random, m.mood);
          if (prompt.kind === 'text' || chance(random, 0.25)) {
            response.text = run.writer.write({
              kind: textKindOf(prompt),
              weeksAgo: m.weeksAgo,
              typist: step.mode === 'round' ? 'facilitator' : 'self',
              names: others,
            });
            // Typing takes a moment: the last autosave comes a little after the first.
            response.updatedAt = createdAt + between(random, 3, 40) * 1000;
          }
        }
      }
      run.responses.push(response);
    }
  }
}

/** Simulates one huddle starting at `startedAt` and adds its records to the run. */
export function runHuddle(run: TeamRun, startedAt: Millis): void {
  const { random, now } = run;
  const t = 1 - (now - startedAt) / SAMPLE_SPAN;
  const plan = choosePlan(run);
  const uses = promptUsesFromSessions(run.sessions.slice(-ROTATION_HISTORY));
  // Facilitators mostly take the suggested pillar (the one longest without a huddle).
  const focus: Pillar = chance(random, 0.7)
    ? leastRecentPillar(run.promptsById, uses)
    : pick(random, PILLARS);
  const steps = resolvePlanSteps(
    drawsPillar(plan) ? withPillar(plan, focus) : plan,
    run.promptsById,
    uses,
    random,
  );
  // The app's huddle machine treats round steps as revealed from the start (spoken aloud).
  for (const step of steps) step.revealed = step.mode === 'round';
  const { present, guests } = whoCame(run, startedAt);
  const participants: Participant[] = [
    ...present.map((member) => ({ id: member.record.id, name: member.record.name, member })),
    ...guests.map((g) => ({ id: g.id, name: g.name, member: null })),
  ];
  const abandoned = chance(random, 0.03);
  // -1: closed in the lobby; otherwise the step it was interrupted on.
  const stopAt = abandoned ? between(random, -1, steps.length - 1) : steps.length;
  const session: Session = {
    id: run.ids(),
    teamId: run.team.id,
    planId: plan.id,
    planName: plan.name,
    status: abandoned ? 'abandoned' : 'completed',
    currentStep: stopAt,
    steps,
    attendance: present.map((p) => p.record.id),
    guests,
    startedAt,
    endedAt: null,
    pillars: pillarsCovered(steps, run.promptsById),
    createdAt: startedAt,
    updatedAt: startedAt,
  };
  const moment: Moment = {
    run,
    session,
    mood: teamMood(run.spec.pulseTrend, t),
    weeksAgo: weeksAgo(startedAt, now),
    participants,
  };
  const names = participants.map((p) => p.name);
  let clock = startedAt + between(random, 60, 150) * 1000;
  for (let index = 0; index < steps.length && index <= stopAt; index += 1) {
    const step = steps[index] as SessionStep;
    const interrupted = index === stopAt;
    const skipped = step.title.includes('(optional)') && chance(random, 0.3);
    const size = Math.max(0.6, participants.length / 7);
    const seconds = skipped ? 10 : step.timeBoxSec * (0.6 + random() * 0.7) * size;
    const from = clock;
    const to = clock + Math.round(seconds * (interrupted ? 0.5 : 1) * 1000);
    if (step.kind === 'prompts' && !skipped) {
      const answering = interrupted
        ? participants.slice(0, Math.ceil(participants.length / 2))
        : participants;
      answerStep(moment, index, step, answering, from, to);
      step.revealed = step.mode === 'round' || (!interrupted && chance(random, 0.9));
    } else if (step.kind === 'review-commitments' && !interrupted) {
      reviewCommitments(run, session, from, to, t);
    } else if (step.kind === 'commitments' && !interrupted) {
      makeCommitments(run, session, focus, names, from, to, moment.weeksAgo);
    }
    clock = to + (interrupted ? 0 : between(random, 5, 25) * 1000);
  }
  session.endedAt = clock;
  session.updatedAt = clock;
  run.sessions.push(session);
}
