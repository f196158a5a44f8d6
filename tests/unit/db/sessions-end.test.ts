import { beforeEach, describe, expect, it } from 'vitest';
import { countHistory, listHistoryPage } from '../../../src/db/history';
import { createPlan, createPrompt } from '../../../src/db/library';
import { findActiveSession, listSessionResponses } from '../../../src/db/queries';
import { saveAnswer } from '../../../src/db/responses';
import type { AppDB } from '../../../src/db/schema';
import {
  abandonSession,
  completeSession,
  endSessionEarly,
  setCurrentStep,
  startSession,
} from '../../../src/db/sessions';
import { addMember, createTeam } from '../../../src/db/teams';
import type {
  AnswerMode,
  Plan,
  Prompt,
  Session,
  SessionStep,
  Team,
} from '../../../src/domain/types';
import { huddleSummaryLine } from '../../../src/features/history/format';
import { freshDatabase } from './testDb';

let db: AppDB;
let team: Team;
let prompt: Prompt;
let plan: Plan;

const MODES: AnswerMode[] = ['round', 'pulse', 'anonymous', 'private', 'round', 'round'];

function stepsOf(p: Plan): SessionStep[] {
  return p.steps.map((s) => ({
    planStepId: s.id,
    kind: s.kind,
    title: s.title,
    mode: s.mode,
    timeBoxSec: s.timeBoxSec,
    promptIds: [prompt.id],
    revealed: false,
  }));
}

beforeEach(async () => {
  db = await freshDatabase();
  team = await createTeam('Clinic');
  prompt = await createPrompt({
    pillar: 'power',
    category: 'pillar',
    kind: 'text',
    text: 'Whose voice was missing this week?',
  });
  plan = await createPlan({
    name: 'Six steps',
    description: '',
    steps: MODES.map((mode, i) => ({
      id: `s${i}`,
      kind: 'prompts' as const,
      title: `Step ${i + 1}`,
      mode,
      timeBoxSec: 120,
      source: { type: 'prompts' as const, promptIds: [prompt.id] },
    })),
  });
});

async function running(): Promise<Session> {
  const session = await startSession({
    teamId: team.id,
    plan,
    steps: stepsOf(plan),
    attendance: [],
  });
  await setCurrentStep(session.id, 0);
  return session;
}

describe('endSessionEarly', () => {
  it('ends the huddle at once, noting where it stopped, and keeps every answer', async () => {
    const session = await running();
    await saveAnswer({
      sessionId: session.id,
      stepIndex: 0,
      promptId: prompt.id,
      memberId: null,
      text: 'Said before the end',
    });
    await endSessionEarly(session.id, 0);
    const stored = (await db.sessions.get(session.id))!;
    expect(stored).toMatchObject({ status: 'abandoned', stoppedAtStep: 0, currentStep: 0 });
    expect(stored.endedAt).toEqual(expect.any(Number));
    expect((await listSessionResponses(session.id)).map((r) => r.text)).toEqual([
      'Said before the end',
    ]);
    // The team can start another huddle straight away.
    expect(await findActiveSession(team.id)).toBeUndefined();
    await expect(running()).resolves.toMatchObject({ status: 'active' });
  });

  it('is listed by the "Closed early" filter, as stopped at the step it stopped at', async () => {
    const session = await running();
    await endSessionEarly(session.id, 0);
    const page = await listHistoryPage({ status: 'abandoned' }, null);
    expect(page.sessions.map((s) => s.id)).toEqual([session.id]);
    expect(await countHistory({ status: 'abandoned' })).toBe(1);
    expect(huddleSummaryLine(page.sessions[0]!, 0)).toBe('stopped at step 1 of 6 · 0 commitments');
  });

  it('leaves a huddle that has already ended as it was, and refuses a step that is not one', async () => {
    const done = await running();
    await completeSession(done.id);
    await endSessionEarly(done.id, 0);
    expect((await db.sessions.get(done.id))!.status).toBe('completed');
    const other = await running();
    await expect(endSessionEarly(other.id, -1)).rejects.toThrow();
    expect((await db.sessions.get(other.id))!.status).toBe('active');
  });

  it('an interrupted huddle closed from Home also notes the step it stopped at', async () => {
    const session = await running();
    await setCurrentStep(session.id, 3);
    await abandonSession(session.id);
    const stored = (await db.sessions.get(session.id))!;
    expect(stored).toMatchObject({ status: 'abandoned', stoppedAtStep: 3 });
    expect(huddleSummaryLine(stored, 2)).toBe('stopped at step 4 of 6 · 2 commitments');
  });
});

describe('saveAnswer on a pulse step', () => {
  it('stores no member id, whatever the caller sends', async () => {
    const ana = await addMember(team.id, 'Ana');
    const session = await startSession({
      teamId: team.id,
      plan,
      steps: stepsOf(plan),
      attendance: [ana.id],
    });
    const pulseStep = MODES.indexOf('pulse');
    const saved = await saveAnswer({
      sessionId: session.id,
      stepIndex: pulseStep,
      promptId: prompt.id,
      memberId: ana.id,
      slot: 4,
      rating: 4,
    });
    expect(saved.memberId).toBeNull();
    const stored = await db.responses.get(saved.id);
    expect(stored?.memberId).toBeNull();
    expect(JSON.stringify(stored)).not.toContain(ana.id);
  });
});
