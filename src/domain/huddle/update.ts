// Small immutable-update helpers shared by the transition handlers.
import { floorTally } from './floor';
import { participants } from './participants';
import type { Floor, HuddleState, StepProgress } from './state';

/** Replaces one step's progress; returns the same state when the updater changes nothing. */
export function updateProgress(
  state: HuddleState,
  index: number,
  update: (progress: StepProgress) => StepProgress,
): HuddleState {
  const current = state.progress[index];
  if (!current) return state;
  const next = update(current);
  if (next === current) return state;
  const progress = state.progress.slice();
  progress[index] = next;
  return { ...state, progress };
}

/**
 * The reveal rule, applied after every change to a floor: a non-round step becomes visible once
 * everyone present has answered or passed. Latched, so a later change never hides it again.
 * With nobody recorded as present there is no "everyone", so nothing reveals itself.
 */
export function latchReveal(state: HuddleState, progress: StepProgress): StepProgress {
  if (progress.revealed) return progress;
  const ids = participants(state).map((p) => p.id);
  const tally = floorTally(progress.floor, ids);
  const everyoneIn = ids.length > 0 && tally.answered + tally.passed >= ids.length;
  return everyoneIn ? { ...progress, revealed: true } : progress;
}

/** Sets the current step's floor and re-applies the reveal rule. */
export function withFloor(state: HuddleState, index: number, floor: Floor): HuddleState {
  return updateProgress(state, index, (progress) =>
    progress.floor === floor ? progress : latchReveal(state, { ...progress, floor }),
  );
}
