import { beforeEach, describe, expect, it } from 'vitest';
import {
  addCommitment,
  deleteCommitment,
  reviewCommitment,
  updateCommitment,
} from '../../../src/db/commitments';
import { createPlan, createPrompt } from '../../../src/db/library';
import {
  findActiveSession,
  findPreviousSession,
  listOpenCommitments,
  listSessionResponses,
  listStepResponses,
  listTeamResponses,
  listTeamSessions,
} from '../../../src/db/queries';
import { deleteAnswer, saveAnswer } from '../../../src/db/responses';
import type { AppDB } from '../../../src/db/schema';
import {
  abandonSession,
  completeSession,
  markStepRevealed,
  newGuest,
  setAttendance,
  setCurrentStep,
  startSession,
} from '../../../src/db/sessions';
import { addMember, createTeam } from '../../../src/db/teams';
import type { Plan, Prompt, SessionStep, Team } from '../../../src/domain/types';
import { freshDatabase } from './testDb';

let db: AppDB;
let team: Team;
let prompt: Prompt;
let plan: Plan;
let steps: SessionStep[];

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
    name: 'Short',
    description: '',
    steps: [
      {
        id: 's1',
        kind: 'prompts',
        title: 'Round',
        mode: 'round',
        timeBoxSec: 120,
        source: { type: 'prompts', promptIds: [prompt.id] },
      },
      {
        id: 's2',
        kind: 'prompts',
        title: 'Private',
        mode: 'anonymous',
        timeBoxSec: 120,
        source: { type: 'prompts', promptIds: [prompt.id] },
      },
    ],
  });
  steps = plan.steps.map((s) => ({
    planStepId: s.id,
    kind: s.kind,
    title: s.title,
    mode: s.mode,
    timeBoxSec: s.timeBoxSec,
    promptIds: [prompt.id],
    revealed: false,
  }));
});

async function start() {
  const ana = await addMember(team.id, 'Ana');
  const session = await startSession({ teamId: team.id, plan, steps, attendance: [ana.id] });
  return { ana, session };
}

describe('sessions', () => {
  it('starts in the lobby and allows one active huddle per team', async () => {
    const { session } = await start();
    expect(session.currentStep).toBe(-1);
    expect(session.status).toBe('active');
    expect(session.pillars).toEqual(['power']);
    expect((await findActiveSession(team.id))?.id).toBe(session.id);
    await expect(startSession({ teamId: team.id, plan, steps, attendance: [] })).rejects.toThrow(
      /already has a huddle in progress/,
    );
  });

  it('saves step, attendance and reveal, then completes keeping answers', async () => {
    const { ana, session } = await start();
    const guest = newGuest('Visiting nurse');
    await setAttendance(session.id, [ana.id, ana.id], [guest]);
    await setCurrentStep(session.id, 1);
    await markStepRevealed(session.id, 1);
    await saveAnswer({
      sessionId: session.id,
      stepIndex: 0,
      promptId: prompt.id,
      memberId: ana.id,
      text: 'Families',
    });
    await completeSession(session.id);
    const stored = await db.sessions.get(session.id);
    expect(stored?.attendance).toEqual([ana.id]);
    expect(stored?.guests[0]?.name).toBe('Visiting nurse');
    expect(stored?.steps[1]?.revealed).toBe(true);
    expect(stored?.status).toBe('completed');
    expect(stored?.currentStep).toBe(2);
    expect(stored?.endedAt).toBeTypeOf('number');
    expect(await listSessionResponses(session.id)).toHaveLength(1);
    await expect(setCurrentStep(session.id, 0)).rejects.toThrow(/already ended/);
  });

  it('abandons an interrupted huddle and lets a new one start', async () => {
    const { session } = await start();
    await abandonSession(session.id);
    expect((await db.sessions.get(session.id))?.status).toBe('abandoned');
    await expect(
      startSession({ teamId: team.id, plan, steps, attendance: [] }),
    ).resolves.toBeTruthy();
  });

  it('pages sessions newest first through the team+startedAt index', async () => {
    for (let i = 0; i < 5; i += 1) {
      const s = await startSession({ teamId: team.id, plan, steps, attendance: [] });
      await db.sessions.update(s.id, { startedAt: 1000 + i });
      await completeSession(s.id);
    }
    const page = await listTeamSessions(team.id, 3);
    expect(page.map((s) => s.startedAt)).toEqual([1004, 1003, 1002]);
    const next = await listTeamSessions(team.id, 3, page[2]!.startedAt);
    expect(next.map((s) => s.startedAt)).toEqual([1001, 1000]);
    expect((await findPreviousSession(team.id, 1003))?.startedAt).toBe(1002);
  });
});

describe('answers', () => {
  it('derives team and pillar, and updates in place while typing', async () => {
    const { ana, session } = await start();
    const first = await saveAnswer({
      sessionId: session.id,
      stepIndex: 0,
      promptId: prompt.id,
      memberId: ana.id,
      text: 'Fam',
    });
    const second = await saveAnswer({
      id: first.id,
      sessionId: session.id,
      stepIndex: 0,
      promptId: prompt.id,
      memberId: ana.id,
      text: 'Families',
    });
    expect(second.id).toBe(first.id);
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.teamId).toBe(team.id);
    expect(second.pillar).toBe('power');
    expect(await listStepResponses(session.id, 0)).toEqual([second]);
  });

  it('never stores a member id on an anonymous step, whatever the caller sends', async () => {
    const { ana, session } = await start();
    const saved = await saveAnswer({
      sessionId: session.id,
      stepIndex: 1,
      promptId: prompt.id,
      memberId: ana.id,
      text: 'secret',
    });
    expect(saved.memberId).toBeNull();
    const raw = await db.responses.get(saved.id);
    expect(JSON.stringify(raw)).not.toContain(ana.id);
  });

  it('records a pass as a pass, not as a blank answer', async () => {
    const { ana, session } = await start();
    const saved = await saveAnswer({
      sessionId: session.id,
      stepIndex: 0,
      promptId: prompt.id,
      memberId: ana.id,
      passed: true,
      text: 'ignored',
    });
    expect(saved.passed).toBe(true);
    expect(saved.text).toBeUndefined();
  });

  it('rejects bad ratings and unknown steps without writing', async () => {
    const { session } = await start();
    await expect(
      saveAnswer({
        sessionId: session.id,
        stepIndex: 0,
        promptId: prompt.id,
        memberId: null,
        rating: 6,
      }),
    ).rejects.toThrow(/1 to 5/);
    await expect(
      saveAnswer({
        sessionId: session.id,
        stepIndex: 9,
        promptId: prompt.id,
        memberId: null,
        text: 'x',
      }),
    ).rejects.toThrow(/not part/);
    expect(await db.responses.count()).toBe(0);
  });

  it('finds answers by team and time window', async () => {
    const { ana, session } = await start();
    const a = await saveAnswer({
      sessionId: session.id,
      stepIndex: 0,
      promptId: prompt.id,
      memberId: ana.id,
      text: 'one',
    });
    const inWindow = await listTeamResponses(team.id, a.createdAt - 1, a.createdAt + 1);
    expect(inWindow.map((r) => r.id)).toEqual([a.id]);
    expect(await listTeamResponses(team.id, 0, a.createdAt - 1)).toEqual([]);
  });

  it('deletes a mistaken answer only while the huddle runs', async () => {
    const { ana, session } = await start();
    const a = await saveAnswer({
      sessionId: session.id,
      stepIndex: 0,
      promptId: prompt.id,
      memberId: ana.id,
      text: 'oops',
    });
    await deleteAnswer(a.id);
    expect(await db.responses.count()).toBe(0);
    const b = await saveAnswer({
      sessionId: session.id,
      stepIndex: 0,
      promptId: prompt.id,
      memberId: ana.id,
      text: 'keep',
    });
    await completeSession(session.id);
    await expect(deleteAnswer(b.id)).rejects.toThrow(/kept as they were/);
  });
});

describe('commitments', () => {
  it('adds, edits and lists open commitments for the next huddle', async () => {
    const { session } = await start();
    const c = await addCommitment(session.id, {
      text: ' Fewer duplicate forms ',
      owner: 'Ana',
      due: '2026-12-01',
      pillar: 'power',
    });
    expect(c.text).toBe('Fewer duplicate forms');
    expect(c.teamId).toBe(team.id);
    await updateCommitment(c.id, { text: 'One intake form', owner: '' });
    const stored = await db.commitments.get(c.id);
    expect(stored?.text).toBe('One intake form');
    expect(stored?.owner).toBeUndefined();
    expect((await listOpenCommitments(team.id)).map((x) => x.id)).toEqual([c.id]);
    await expect(addCommitment(session.id, { text: 'x', due: 'tomorrow' })).rejects.toThrow(
      /due date/,
    );
    await deleteCommitment(c.id);
    expect(await db.commitments.count()).toBe(0);
  });

  it('reviews as done, and carries over keeping history', async () => {
    const { session } = await start();
    const done = await addCommitment(session.id, { text: 'Lunch together' });
    const carry = await addCommitment(session.id, { text: 'Ask families' });
    await completeSession(session.id);
    const next = await startSession({ teamId: team.id, plan, steps, attendance: [] });
    expect(await reviewCommitment(done.id, next.id, 'done')).toBeNull();
    const carried = await reviewCommitment(carry.id, next.id, 'carried');
    expect(carried?.carriedFromId).toBe(carry.id);
    expect(carried?.sessionId).toBe(next.id);
    expect(carried?.status).toBe('open');
    expect(carried?.history).toEqual([
      { sessionId: next.id, status: 'carried', at: expect.any(Number) },
    ]);
    // Reviewing again in the same huddle does not duplicate the carried copy…
    expect((await reviewCommitment(carry.id, next.id, 'carried'))?.id).toBe(carried?.id);
    // …and changing one's mind removes it.
    await reviewCommitment(carry.id, next.id, 'in-progress');
    expect(await db.commitments.get(carried!.id)).toBeUndefined();
    const stored = await db.commitments.get(carry.id);
    expect(stored?.status).toBe('in-progress');
    expect(stored?.reviewedInSessionId).toBe(next.id);
    expect(stored?.history).toHaveLength(1);
  });
});
