// What the room may show of a step's answers. Pure, so the privacy rules are tested directly.

import { neutralOrder } from '../../domain/library/random';
import type { AnswerMode, Prompt, Response, SessionStep } from '../../domain/types';

/** Ratings are only ever shown as a spread: pulse steps and scale prompts. */
export function isRatingPrompt(mode: AnswerMode, prompt: Pick<Prompt, 'kind'>): boolean {
  return mode === 'pulse' || prompt.kind === 'scale';
}

/**
 * Whether the room may show a prompt's answers. Never while someone holds the device to write.
 * A spoken round is visible as it goes, except ratings; everything else waits until the stored
 * step says the facilitator revealed it.
 */
export function mayShowAnswers(
  step: Pick<SessionStep, 'mode' | 'revealed'>,
  prompt: Pick<Prompt, 'kind'>,
  someoneWriting: boolean,
): boolean {
  if (someoneWriting) return false;
  if (step.revealed) return true;
  return step.mode === 'round' && !isRatingPrompt(step.mode, prompt);
}

/**
 * The rows the room may count at all: never an answer still being written (`draft`), and on a
 * spoken round only the answers of people whose turn is done (`doneTurns` from the facilitator;
 * unknown means none yet).
 */
export function finishedRows(
  rows: readonly Response[],
  mode: AnswerMode,
  doneTurns: readonly string[] | undefined,
): Response[] {
  return rows.filter(
    (r) =>
      r.draft !== true &&
      (mode !== 'round' || (r.memberId !== null && (doneTurns ?? []).includes(r.memberId))),
  );
}

export interface RoomCard {
  id: string;
  feelings: string[];
  text: string;
  /** Only on spoken rounds; never on private, anonymous or pulse steps. */
  name: string | null;
}

export interface RoomAnswers {
  cards: RoomCard[];
  passed: number;
}

/**
 * The cards for one prompt. Passes are only counted; blank answers (a draft not yet written) are
 * left out. Names appear on round steps only; on every other step the order is shuffled by a
 * seed so it cannot point at the writer.
 */
export function roomAnswers(
  rows: readonly Response[],
  options: { mode: AnswerMode; seed: string; nameOf: (id: string) => string | undefined },
): RoomAnswers {
  const passed = rows.filter((r) => r.passed).length;
  const given = rows
    .filter((r) => !r.passed)
    .map((r) => ({ row: r, feelings: r.feelings ?? [], text: r.text?.trim() ?? '' }))
    .filter((a) => a.feelings.length > 0 || a.text !== '');
  const named = options.mode === 'round';
  const ordered = named
    ? [...given].sort((a, b) => a.row.createdAt - b.row.createdAt)
    : neutralOrder(given, options.seed, (a) => `${a.feelings.join(',')}\u0000${a.text}`);
  return {
    passed,
    cards: ordered.map((a) => ({
      id: a.row.id,
      feelings: a.feelings,
      text: a.text,
      name: named && a.row.memberId ? (options.nameOf(a.row.memberId) ?? null) : null,
    })),
  };
}

/** Valid 1–5 ratings of a prompt (passes are not ratings). */
export function ratingsOf(rows: readonly Response[]): number[] {
  return rows.flatMap((r) => (!r.passed && r.rating !== undefined ? [r.rating] : []));
}
