import { listStepResponses } from '../../../db/queries';
import { finishAnswers, saveAnswer } from '../../../db/responses';
import type { Prompt } from '../../../domain/types';

/**
 * Records a pass for every prompt of the step this person has not answered. A pass is stored
 * as a pass (not a blank) and replaces an unfinished draft of theirs.
 */
export async function savePasses(input: {
  sessionId: string;
  stepIndex: number;
  prompts: Prompt[];
  memberId: string | null;
  slot?: number;
}): Promise<void> {
  const stored = await listStepResponses(input.sessionId, input.stepIndex);
  const mine = stored.filter((r) =>
    input.memberId !== null ? r.memberId === input.memberId : r.slot === input.slot,
  );
  for (const prompt of input.prompts) {
    const existing = mine.find((r) => r.promptId === prompt.id);
    await saveAnswer({
      id: existing?.id,
      sessionId: input.sessionId,
      stepIndex: input.stepIndex,
      promptId: prompt.id,
      memberId: input.memberId,
      ...(input.slot !== undefined ? { slot: input.slot } : {}),
      passed: true,
    });
  }
}

/**
 * The person pressed Done: their drafts on this step become answers. Returns whether they
 * answered anything that is not a pass (if not, the caller records a pass).
 */
export async function finishTurn(input: {
  sessionId: string;
  stepIndex: number;
  memberId: string | null;
  slot?: number;
}): Promise<boolean> {
  const mine = await finishAnswers(input);
  return mine.some(
    (r) => !r.passed && (r.text?.trim() || r.rating !== undefined || (r.feelings?.length ?? 0) > 0),
  );
}

/** A random per-turn key that groups one person's anonymous answers without naming them. */
export function newAnonymousSlot(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? Math.floor(Math.random() * 2 ** 32);
}
