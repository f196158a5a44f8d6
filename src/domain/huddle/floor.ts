// Whose turn it is within a step. A round walks the attendance list by id; pass-the-device
// steps keep counts only, so anonymous and pulse steps never hold a person id.
import type { AnswerMode } from '../types';
import type { DeviceFloor, Floor, RoundFloor, TurnMark } from './state';

export function newFloor(mode: AnswerMode): Floor {
  return mode === 'round'
    ? { kind: 'round', speaker: 0, marks: {} }
    : { kind: 'device', screen: 'handoff', answered: 0, passed: 0, draftSaved: false };
}

/** Own keys only: a stored snapshot must not reach Object.prototype through an odd id. */
export function markOf(marks: Record<string, TurnMark>, id: string): TurnMark | undefined {
  return Object.hasOwn(marks, id) ? marks[id] : undefined;
}

/** Counts only marks of people present, so answers can never exceed who is in the room. */
export function roundTally(floor: RoundFloor, ids: readonly string[]) {
  let answered = 0;
  let passed = 0;
  for (const id of ids) {
    const mark = markOf(floor.marks, id);
    if (mark === 'answered') answered += 1;
    else if (mark === 'passed') passed += 1;
  }
  return { answered, passed };
}

export function floorTally(floor: Floor, ids: readonly string[]) {
  return floor.kind === 'round'
    ? roundTally(floor, ids)
    : { answered: floor.answered, passed: floor.passed };
}

/**
 * The next person after `from` (wrapping past the end) who has not had a turn yet. `from` itself
 * is considered last, and only when `includeSelf` is set.
 */
export function nextUnmarked(
  marks: Record<string, TurnMark>,
  ids: readonly string[],
  from: number,
  includeSelf: boolean,
): number | null {
  const n = ids.length;
  const last = includeSelf ? n : n - 1;
  for (let k = 1; k <= last; k += 1) {
    const index = (((from + k) % n) + n) % n;
    const id = ids[index];
    if (id !== undefined && markOf(marks, id) === undefined) return index;
  }
  return null;
}

/** Marks only upgrade (nothing → passed → answered): a later pass never erases an answer. */
export function upgradeMark(current: TurnMark | undefined, next: TurnMark): TurnMark {
  return current === 'answered' ? 'answered' : next;
}

/** Records a completed turn for the current round speaker and moves to the next person due. */
export function roundRecord(floor: RoundFloor, ids: readonly string[], mark: TurnMark): RoundFloor {
  const speaker = floor.speaker;
  const id = speaker === null ? undefined : ids[speaker];
  if (speaker === null || id === undefined) return floor;
  const marks = { ...floor.marks, [id]: upgradeMark(markOf(floor.marks, id), mark) };
  return { ...floor, marks, speaker: nextUnmarked(marks, ids, speaker, false) };
}

/** Completes the device holder's turn and clears the screen for the next person. */
export function deviceComplete(floor: DeviceFloor, mark: TurnMark): DeviceFloor {
  const { slot: _done, ...rest } = floor;
  return {
    ...rest,
    screen: 'handoff',
    draftSaved: false,
    answered: floor.answered + (mark === 'answered' ? 1 : 0),
    passed: floor.passed + (mark === 'passed' ? 1 : 0),
  };
}

export function deviceTurn(floor: DeviceFloor): number {
  return floor.answered + floor.passed;
}
