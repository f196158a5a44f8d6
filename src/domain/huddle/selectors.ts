// Named selectors: the UI reads the machine only through these, so the state's shape can change
// behind them. Step-scoped selectors default to the current step and take an index otherwise.
import type { Millis } from '../types';
import { deviceTurn, floorTally, nextUnmarked } from './floor';
import { type Participant, participantCount, participants } from './participants';
import type { HuddleState, Phase, Screen, StepDef, StepProgress } from './state';
import { timerElapsed, timerRemaining } from './timer';

export function phase(state: HuddleState): Phase {
  if (state.currentStep < 0) return 'lobby';
  return state.currentStep >= state.steps.length ? 'summary' : 'step';
}

/** Index of the step being run, or null in the lobby and on the summary. */
export function activeIndex(state: HuddleState): number | null {
  return phase(state) === 'step' ? state.currentStep : null;
}

export function currentStepDef(state: HuddleState): StepDef | null {
  const index = activeIndex(state);
  return index === null ? null : (state.steps[index] ?? null);
}

function progressAt(state: HuddleState, index: number | null): StepProgress | null {
  return index === null ? null : (state.progress[index] ?? null);
}

export function currentProgress(state: HuddleState): StepProgress | null {
  return progressAt(state, activeIndex(state));
}

/** Answers and passes in for a step (a pass is an answer for "everyone is in"). */
export function answerTally(
  state: HuddleState,
  index: number | null = activeIndex(state),
): { answered: number; passed: number } {
  const progress = progressAt(state, index);
  if (!progress) return { answered: 0, passed: 0 };
  return floorTally(
    progress.floor,
    participants(state).map((p) => p.id),
  );
}

export function answersIn(state: HuddleState, index: number | null = activeIndex(state)): number {
  const tally = answerTally(state, index);
  return tally.answered + tally.passed;
}

export function isEveryoneIn(state: HuddleState, index: number | null = activeIndex(state)) {
  return answersIn(state, index) >= participantCount(state);
}

/**
 * Whether a step's answers may be shown to the room. Round steps are visible as they go; other
 * steps only once everyone present has answered or passed, or the facilitator revealed them.
 * The machine latches this flag, so it never flips back.
 */
export function isRevealed(state: HuddleState, index: number | null = activeIndex(state)) {
  return progressAt(state, index)?.revealed ?? false;
}

/** Screen the current person holds the device for; null outside pass-the-device steps. */
export function screen(state: HuddleState): Screen | null {
  const floor = currentProgress(state)?.floor;
  return floor?.kind === 'device' ? floor.screen : null;
}

export function isWriting(state: HuddleState): boolean {
  return screen(state) === 'writing';
}

/** Answers appear only when revealed AND nobody is writing: the writer must not see others'. */
export function canShowAnswers(state: HuddleState): boolean {
  return isRevealed(state) && !isWriting(state);
}

/** Pass-the-device turn (0-based; equals the participant count once everyone has gone). */
export function turn(state: HuddleState): number | null {
  const floor = currentProgress(state)?.floor;
  return floor?.kind === 'device' ? deviceTurn(floor) : null;
}

/** The holder has saved an answer this turn and can hand on (PASS is then no longer offered). */
export function isDraftSaved(state: HuddleState): boolean {
  const floor = currentProgress(state)?.floor;
  return floor?.kind === 'device' && floor.draftSaved;
}

/**
 * Who should hold the device, for private (attributed) steps only. Anonymous and pulse steps
 * return null by design: the UI says "the next person" and nothing links a turn to a name.
 */
export function currentWriter(state: HuddleState): Participant | null {
  const index = turn(state);
  if (index === null || currentStepDef(state)?.mode !== 'private') return null;
  return participants(state)[index] ?? null;
}

export function currentSpeaker(state: HuddleState): Participant | null {
  const floor = currentProgress(state)?.floor;
  if (floor?.kind !== 'round' || floor.speaker === null) return null;
  return participants(state)[floor.speaker] ?? null;
}

export function currentSpeakerIndex(state: HuddleState): number | null {
  const floor = currentProgress(state)?.floor;
  return floor?.kind === 'round' ? floor.speaker : null;
}

/** Who the round goes to after the current speaker (wrapping), skipping anyone already done. */
export function nextSpeaker(state: HuddleState): Participant | null {
  const floor = currentProgress(state)?.floor;
  if (floor?.kind !== 'round' || floor.speaker === null) return null;
  const list = participants(state);
  const index = nextUnmarked(
    floor.marks,
    list.map((p) => p.id),
    floor.speaker,
    false,
  );
  return index === null ? null : (list[index] ?? null);
}

export function isPaused(state: HuddleState): boolean {
  return state.paused;
}

/** Time used on the current step, excluding paused time; null outside a step. */
export function elapsedMs(state: HuddleState, now: Millis): number | null {
  const progress = currentProgress(state);
  return progress ? timerElapsed(progress.timer, now) : null;
}

/** Time left on the current step; negative means over time (nothing is cut off). */
export function remainingMs(state: HuddleState, now: Millis): number | null {
  const progress = currentProgress(state);
  return progress ? timerRemaining(progress.timer, now) : null;
}

export function isOverTime(state: HuddleState, now: Millis): boolean {
  const remaining = remainingMs(state, now);
  return remaining !== null && remaining < 0;
}
