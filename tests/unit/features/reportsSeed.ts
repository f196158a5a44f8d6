// Builds finished huddles for report and reminder tests, at chosen times (Date is faked).
import { vi } from 'vitest';
import { addCommitment, reviewCommitment } from '../../../src/db/commitments';
import { createPlan, createPrompt } from '../../../src/db/library';
import { saveAnswer } from '../../../src/db/responses';
import { completeSession, startSession } from '../../../src/db/sessions';
import type { Commitment, Plan, Prompt, Session, SessionStep } from '../../../src/domain/types';

export interface Library {
  talk: Prompt;
  pulse: Prompt;
  plan: Plan;
  steps: SessionStep[];
}

export async function seedLibrary(): Promise<Library> {
  const talk = await createPrompt({
    pillar: 'power',
    category: 'pillar',
    kind: 'text',
    text: 'Whose voice was missing?',
  });
  const pulse = await createPrompt({
    pillar: 'relationships',
    category: 'pulse',
    kind: 'scale',
    text: 'My team stood by me.',
  });
  const plan = await createPlan({
    name: 'Weekly',
    description: '',
    steps: [
      {
        id: 's1',
        kind: 'prompts',
        title: 'Talk',
        mode: 'anonymous',
        timeBoxSec: 120,
        source: { type: 'prompts', promptIds: [talk.id] },
      },
      {
        id: 's2',
        kind: 'prompts',
        title: 'Pulse',
        mode: 'pulse',
        timeBoxSec: 120,
        source: { type: 'prompts', promptIds: [pulse.id] },
      },
    ],
  });
  const steps: SessionStep[] = plan.steps.map((s, i) => ({
    planStepId: s.id,
    kind: s.kind,
    title: s.title,
    mode: s.mode,
    timeBoxSec: s.timeBoxSec,
    promptIds: [i === 0 ? talk.id : pulse.id],
    revealed: false,
  }));
  return { talk, pulse, plan, steps };
}

export interface HuddleSpec {
  at: number;
  attendance?: string[];
  texts?: string[];
  passes?: number;
  ratings?: number[];
  commitments?: string[];
  /** Leave it running (not completed). */
  active?: boolean;
}

export async function seedHuddle(
  teamId: string,
  lib: Library,
  spec: HuddleSpec,
): Promise<{ session: Session; commitments: Commitment[] }> {
  vi.setSystemTime(spec.at);
  const session = await startSession({
    teamId,
    plan: lib.plan,
    steps: lib.steps,
    attendance: spec.attendance ?? [],
  });
  for (const [slot, text] of (spec.texts ?? []).entries()) {
    await saveAnswer({
      sessionId: session.id,
      stepIndex: 0,
      promptId: lib.talk.id,
      memberId: null,
      slot,
      text,
    });
  }
  for (let i = 0; i < (spec.passes ?? 0); i += 1) {
    await saveAnswer({
      sessionId: session.id,
      stepIndex: 0,
      promptId: lib.talk.id,
      memberId: null,
      slot: 100 + i,
      passed: true,
    });
  }
  for (const [slot, rating] of (spec.ratings ?? []).entries()) {
    await saveAnswer({
      sessionId: session.id,
      stepIndex: 1,
      promptId: lib.pulse.id,
      memberId: null,
      slot,
      rating,
    });
  }
  const commitments: Commitment[] = [];
  for (const [i, text] of (spec.commitments ?? []).entries()) {
    vi.setSystemTime(spec.at + 1000 * (i + 1));
    commitments.push(await addCommitment(session.id, { text, owner: 'Ana' }));
  }
  vi.setSystemTime(spec.at + 20 * 60_000);
  if (!spec.active) await completeSession(session.id);
  return { session, commitments };
}

export { reviewCommitment };
