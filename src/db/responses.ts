import type { Response } from '../domain/types';
import { now } from '../lib/clock';
import { newId } from '../lib/ids';
import { db } from './db';
import { recordDeletion } from './tombstones';
import { cleanText, requireFound, ValidationError } from './validate';

export interface AnswerInput {
  /** Pass the id of an earlier save to update it (autosave while typing). */
  id?: string;
  sessionId: string;
  stepIndex: number;
  promptId: string;
  memberId: string | null;
  slot?: number;
  passed?: boolean;
  text?: string;
  rating?: number;
  feelings?: string[];
  /**
   * Saved while the person is still writing (autosave). A row already finished stays finished:
   * editing a done answer later does not make it a draft again.
   */
  draft?: boolean;
}

/**
 * Saves (or updates) one answer. Team and pillar are derived from the stored huddle and prompt;
 * on an anonymous or pulse step the member id is dropped here, whatever the caller sent, so no person id
 * can reach the disk.
 */
export async function saveAnswer(input: AnswerInput): Promise<Response> {
  const text =
    input.text === undefined ? undefined : cleanText(input.text, 'Answer', { allowEmpty: true });
  if (
    input.rating !== undefined &&
    (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5)
  ) {
    throw new ValidationError('A rating is a whole number from 1 to 5.');
  }
  return db.transaction('rw', db.sessions, db.prompts, db.responses, async () => {
    const session = requireFound(await db.sessions.get(input.sessionId), 'Huddle');
    const step = session.steps[input.stepIndex];
    if (!step) throw new ValidationError('That step is not part of this huddle.');
    const prompt = requireFound(await db.prompts.get(input.promptId), 'Prompt');
    // Pulse ratings are counted, never attributed: treated like anonymous answers.
    const anonymous = step.mode === 'anonymous' || step.mode === 'pulse';
    const t = now();
    const existing = input.id ? await db.responses.get(input.id) : undefined;
    const passed = input.passed ?? false;
    // A pass is always final; a new row is a draft if asked; a stored row never goes back.
    const draft =
      !passed && input.draft === true && (existing === undefined || existing.draft === true);
    const response: Response = {
      id: existing?.id ?? input.id ?? newId(),
      sessionId: session.id,
      teamId: session.teamId,
      stepIndex: input.stepIndex,
      promptId: prompt.id,
      pillar: prompt.pillar,
      memberId: anonymous ? null : input.memberId,
      ...(input.slot !== undefined ? { slot: input.slot } : {}),
      passed,
      ...(passed || text === undefined ? {} : { text }),
      ...(passed || input.rating === undefined ? {} : { rating: input.rating }),
      ...(passed || input.feelings === undefined ? {} : { feelings: [...input.feelings] }),
      ...(draft ? { draft: true } : {}),
      createdAt: existing?.createdAt ?? t,
      updatedAt: t,
    };
    await db.responses.put(response);
    return response;
  });
}

/**
 * The person pressed Done (or handed on): their drafts on this step become answers. Returns their
 * rows on this step as now stored. Anonymous rows are found by the turn's slot, never a name.
 */
export async function finishAnswers(input: {
  sessionId: string;
  stepIndex: number;
  memberId: string | null;
  slot?: number;
}): Promise<Response[]> {
  return db.transaction('rw', db.responses, async () => {
    const rows = await db.responses
      .where('[sessionId+stepIndex]')
      .equals([input.sessionId, input.stepIndex])
      .filter((r) =>
        input.memberId !== null
          ? r.memberId === input.memberId
          : r.memberId === null && r.slot !== undefined && r.slot === input.slot,
      )
      .toArray();
    const t = now();
    const finished = rows.map((r) => {
      if (r.draft !== true) return r;
      const { draft: _draft, ...rest } = r;
      return { ...rest, updatedAt: t };
    });
    const changed = finished.filter((r, i) => r !== rows[i]);
    if (changed.length > 0) await db.responses.bulkPut(changed);
    return finished;
  });
}

/** Removes an answer typed by mistake (e.g. the wrong person's turn) while the huddle runs. */
export async function deleteAnswer(id: string): Promise<void> {
  await db.transaction(
    'rw',
    [db.sessions, db.responses, db.responseThemes, db.deletions],
    async () => {
      const response = await db.responses.get(id);
      if (!response) return;
      const session = await db.sessions.get(response.sessionId);
      if (session?.status !== 'active') {
        throw new ValidationError('Answers of an ended huddle are kept as they were.');
      }
      const tagIds = await db.responseThemes.where('responseId').equals(id).primaryKeys();
      await db.responseThemes.bulkDelete(tagIds);
      await db.responses.delete(id);
      await recordDeletion('responseThemes', ...tagIds);
      await recordDeletion('responses', id);
    },
  );
}
