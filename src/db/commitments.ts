import type { Commitment, CommitmentStatus, Pillar } from '../domain/types';
import { now } from '../lib/clock';
import { newId } from '../lib/ids';
import { db } from './db';
import { recordDeletion } from './tombstones';
import { cleanName, cleanText, requireFound, ValidationError } from './validate';

export interface CommitmentInput {
  text: string;
  owner?: string;
  due?: string;
  pillar?: Pillar;
}

function cleanCommitment(input: CommitmentInput): CommitmentInput {
  const owner = input.owner?.trim();
  const due = input.due?.trim();
  if (due && !/^\d{4}-\d{2}-\d{2}$/.test(due)) {
    throw new ValidationError('A due date looks like 2026-12-31.');
  }
  return {
    text: cleanText(input.text, 'Commitment').trim(),
    ...(owner ? { owner: cleanName(owner, 'Owner') } : {}),
    ...(due ? { due } : {}),
    ...(input.pillar ? { pillar: input.pillar } : {}),
  };
}

export async function addCommitment(
  sessionId: string,
  input: CommitmentInput,
): Promise<Commitment> {
  const clean = cleanCommitment(input);
  return db.transaction('rw', db.sessions, db.commitments, async () => {
    const session = requireFound(await db.sessions.get(sessionId), 'Huddle');
    const t = now();
    const commitment: Commitment = {
      id: newId(),
      teamId: session.teamId,
      sessionId,
      ...clean,
      text: clean.text,
      status: 'open',
      history: [],
      createdAt: t,
      updatedAt: t,
    };
    await db.commitments.add(commitment);
    return commitment;
  });
}

export async function updateCommitment(id: string, input: CommitmentInput): Promise<void> {
  const clean = cleanCommitment(input);
  await db.transaction('rw', db.commitments, async () => {
    const stored = requireFound(await db.commitments.get(id), 'Commitment');
    const { owner: _o, due: _d, pillar: _p, ...rest } = stored;
    await db.commitments.put({ ...rest, ...clean, updatedAt: now() });
  });
}

export async function deleteCommitment(id: string): Promise<void> {
  await db.transaction('rw', db.commitments, db.deletions, async () => {
    await db.commitments.delete(id);
    await recordDeletion('commitments', id);
  });
}

/**
 * Records a review made in a later huddle. Carrying over closes this commitment as 'carried'
 * and opens a new one in the reviewing huddle that keeps the whole history.
 */
export async function reviewCommitment(
  id: string,
  reviewingSessionId: string,
  status: Exclude<CommitmentStatus, 'open'>,
): Promise<Commitment | null> {
  return db.transaction('rw', db.sessions, db.commitments, db.deletions, async () => {
    const stored = requireFound(await db.commitments.get(id), 'Commitment');
    requireFound(await db.sessions.get(reviewingSessionId), 'Huddle');
    const t = now();
    const history = [
      ...stored.history.filter((h) => h.sessionId !== reviewingSessionId),
      { sessionId: reviewingSessionId, status, at: t },
    ];
    await db.commitments.put({
      ...stored,
      status,
      reviewedInSessionId: reviewingSessionId,
      history,
      updatedAt: t,
    });
    const existingCarry = await db.commitments
      .where('carriedFromId')
      .equals(id)
      .filter((c) => c.sessionId === reviewingSessionId)
      .first();
    if (status !== 'carried') {
      // Changing one's mind during the review removes the carried copy made moments before.
      if (existingCarry) {
        await db.commitments.delete(existingCarry.id);
        await recordDeletion('commitments', existingCarry.id);
      }
      return null;
    }
    if (existingCarry) return existingCarry;
    const carried: Commitment = {
      ...stored,
      id: newId(),
      sessionId: reviewingSessionId,
      status: 'open',
      reviewedInSessionId: undefined,
      carriedFromId: id,
      history,
      createdAt: t,
      updatedAt: t,
    };
    delete carried.reviewedInSessionId;
    await db.commitments.add(carried);
    return carried;
  });
}
