// Pure helpers that turn a stored huddle into what its summary shows.

import type { SessionRecord } from '../../db/queries';
import { readSnapshot } from '../../domain/huddle/snapshot';
import type { AnswerMode, Prompt, Response } from '../../domain/types';

/** How a step ended, when that is worth saying instead of (or beside) its answers. */
export type StepNote = 'skipped' | 'not-reached' | 'upcoming' | null;

export function stepNotes(record: SessionRecord): StepNote[] {
  const { session, responses } = record;
  // The facilitator screen's snapshot is the only record of a skip; it may be missing or stale.
  const snap = readSnapshot(record.snapshot, session.steps);
  const answered = new Set(responses.map((r) => r.stepIndex));
  return session.steps.map((_, index): StepNote => {
    if (snap?.steps[index]?.outcome === 'skipped') return 'skipped';
    if (answered.has(index)) return null;
    if (session.status === 'active') return index > session.currentStep ? 'upcoming' : null;
    const unvisited = snap ? snap.steps[index]?.visited === false : false;
    if (index > session.currentStep || unvisited) return 'not-reached';
    return null;
  });
}

/** Whether the facilitator ended the huddle before its last step. */
export function endedEarly(record: SessionRecord): boolean {
  return readSnapshot(record.snapshot, record.session.steps)?.endedEarly ?? false;
}

/** Ratings are only ever shown as a spread: pulse steps and scale prompts. */
export function isRatingPrompt(mode: AnswerMode, prompt: Prompt | undefined): boolean {
  return mode === 'pulse' || prompt?.kind === 'scale';
}

/** Steps whose answers never carry a name. */
export function isUnattributed(mode: AnswerMode): boolean {
  return mode === 'anonymous' || mode === 'pulse';
}

/** "calm, hopeful — a long week" */
export function answerText(r: Response): string {
  const feelings = r.feelings?.length ? r.feelings.join(', ') : '';
  const text = r.text?.trim() ?? '';
  return feelings && text ? `${feelings} — ${text}` : feelings || text;
}

/** Display name of whoever answered: member, guest, or a neutral word when neither is known. */
export function participantNamer(record: SessionRecord): (id: string | null) => string {
  const names = new Map<string, string>();
  for (const m of record.members) names.set(m.id, m.name);
  for (const g of record.session.guests) names.set(g.id, g.name);
  return (id) => (id ? names.get(id) : undefined) ?? 'Someone';
}

/** Names of those present: members in attendance order, then guests. */
export function presentNames(record: SessionRecord): { name: string; guest: boolean }[] {
  const byId = new Map(record.members.map((m) => [m.id, m.name]));
  return [
    ...record.session.attendance.map((id) => ({ name: byId.get(id) ?? 'Someone', guest: false })),
    ...record.session.guests.map((g) => ({ name: g.name, guest: true })),
  ];
}
