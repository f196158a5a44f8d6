import { pillarsCovered } from '../domain/library/coverage';
import type { Guest, Plan, Session, SessionStep } from '../domain/types';
import { now } from '../lib/clock';
import { newId } from '../lib/ids';
import { db } from './db';
import { cleanName, requireFound, ValidationError } from './validate';

export interface StartSessionInput {
  teamId: string;
  plan: Plan;
  steps: SessionStep[];
  attendance: string[];
  guests?: Guest[];
}

/** Opens a huddle in the lobby (currentStep -1). One active huddle per team. */
export async function startSession(input: StartSessionInput): Promise<Session> {
  if (input.steps.length === 0) throw new ValidationError('This plan has no steps to run.');
  return db.transaction('rw', db.teams, db.sessions, db.prompts, async () => {
    const team = requireFound(await db.teams.get(input.teamId), 'Team');
    const promptIds = [...new Set(input.steps.flatMap((s) => s.promptIds))];
    const prompts = (await db.prompts.bulkGet(promptIds)).flatMap((p) => (p ? [p] : []));
    if (team.archived) throw new ValidationError('This team is archived.');
    const active = await db.sessions
      .where('[teamId+status]')
      .equals([input.teamId, 'active'])
      .first();
    if (active) {
      throw new ValidationError(
        `${team.name} already has a huddle in progress. Resume or close it first.`,
      );
    }
    const t = now();
    const session: Session = {
      id: newId(),
      teamId: input.teamId,
      planId: input.plan.id,
      planName: input.plan.name,
      status: 'active',
      currentStep: -1,
      steps: input.steps,
      attendance: [...new Set(input.attendance)],
      guests: (input.guests ?? []).map((g) => ({ id: g.id, name: cleanName(g.name, 'Name') })),
      startedAt: t,
      endedAt: null,
      pillars: pillarsCovered(input.steps, new Map(prompts.map((p) => [p.id, p]))),
      createdAt: t,
      updatedAt: t,
    };
    await db.sessions.add(session);
    return session;
  });
}

async function patchActiveSession(id: string, patch: Partial<Session>): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const session = requireFound(await db.sessions.get(id), 'Huddle');
    if (session.status !== 'active') throw new ValidationError('This huddle has already ended.');
    await db.sessions.update(id, { ...patch, updatedAt: now() });
  });
}

export function setAttendance(id: string, attendance: string[], guests: Guest[]): Promise<void> {
  return patchActiveSession(id, {
    attendance: [...new Set(attendance)],
    guests: guests.map((g) => ({ id: g.id, name: cleanName(g.name, 'Name') })),
  });
}

/** Saved on every step change so a reload resumes at the same step. */
export function setCurrentStep(id: string, currentStep: number): Promise<void> {
  return patchActiveSession(id, { currentStep });
}

export async function markStepRevealed(id: string, stepIndex: number): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const session = requireFound(await db.sessions.get(id), 'Huddle');
    const steps = session.steps.map((s, i) => (i === stepIndex ? { ...s, revealed: true } : s));
    await db.sessions.update(id, { steps, updatedAt: now() });
  });
}

/** Ends the huddle and keeps every answer. */
export async function completeSession(id: string): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const session = requireFound(await db.sessions.get(id), 'Huddle');
    if (session.status !== 'active') return;
    const t = now();
    await db.sessions.update(id, {
      status: 'completed',
      currentStep: session.steps.length,
      endedAt: t,
      updatedAt: t,
    });
  });
}

/**
 * The facilitator ended the huddle at step `stoppedAtStep`: it is closed early at once (the
 * team can start another, History lists it as closed early there) and every answer stays.
 * Idempotent: a huddle that has already ended is left as it is.
 */
export async function endSessionEarly(id: string, stoppedAtStep: number): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const session = requireFound(await db.sessions.get(id), 'Huddle');
    if (session.status !== 'active') return;
    if (!Number.isInteger(stoppedAtStep) || stoppedAtStep < 0) {
      throw new ValidationError('That step is not part of this huddle.');
    }
    const stopped = Math.min(stoppedAtStep, session.steps.length - 1);
    const t = now();
    await db.sessions.update(id, {
      status: 'abandoned',
      currentStep: stopped,
      stoppedAtStep: stopped,
      endedAt: t,
      updatedAt: t,
    });
  });
}

/** Closes an interrupted huddle without finishing it. Its answers stay stored. */
export async function abandonSession(id: string): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const session = requireFound(await db.sessions.get(id), 'Huddle');
    if (session.status !== 'active') return;
    const t = now();
    const inStep = session.currentStep >= 0 && session.currentStep < session.steps.length;
    await db.sessions.update(id, {
      status: 'abandoned',
      ...(inStep ? { stoppedAtStep: session.currentStep } : {}),
      endedAt: t,
      updatedAt: t,
    });
  });
}

export function newGuest(name: string): Guest {
  return { id: `guest-${newId()}`, name: cleanName(name, 'Name') };
}
