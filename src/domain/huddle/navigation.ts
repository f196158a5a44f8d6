// Moving between lobby, steps and summary, and the step timer. Leaving a step stops its clock
// and keeps all of its answer bookkeeping; nothing here ever removes an answer.
import type { Millis } from '../types';
import { newProgress } from './create';
import { deviceComplete } from './floor';
import { participantCount } from './participants';
import { activeIndex, isWriting, phase } from './selectors';
import type { HuddleState, StepProgress } from './state';
import { extendTimer, secondsToMs, startTimer, stopTimer, timerRemaining } from './timer';
import { latchReveal, updateProgress } from './update';

type Outcome = StepProgress['outcome'];

/** Stops the clock, notes whether the step ran over, and records how it was left. */
function leave(state: HuddleState, index: number, at: Millis, outcome: Outcome): HuddleState {
  return updateProgress(state, index, (progress) => {
    const timer = stopTimer(progress.timer, at);
    return {
      ...progress,
      timer,
      wentOver: progress.wentOver || timerRemaining(timer, at) < 0,
      outcome: outcome ?? progress.outcome,
    };
  });
}

function enter(state: HuddleState, index: number, at: Millis): HuddleState {
  const moved: HuddleState = {
    ...state,
    currentStep: index,
    endedAt: null,
    endedEarly: false,
    stoppedAtStep: null,
  };
  return updateProgress(moved, index, (progress) => ({
    ...progress,
    visited: true,
    timer: state.paused ? progress.timer : startTimer(progress.timer, at),
  }));
}

function toSummary(state: HuddleState, at: Millis, stoppedAtStep: number | null): HuddleState {
  const endedEarly = stoppedAtStep !== null;
  return { ...state, currentStep: state.steps.length, endedAt: at, endedEarly, stoppedAtStep };
}

/** Needs someone present and something to run; answer counts are measured against attendance. */
export function start(state: HuddleState, at: Millis): HuddleState {
  if (phase(state) !== 'lobby' || participantCount(state) === 0 || state.steps.length === 0) {
    return state;
  }
  // Rebuilt here because attendance may have changed since the lobby was created.
  const fresh: HuddleState = {
    ...state,
    paused: false,
    startedAt: at,
    progress: state.steps.map(newProgress),
  };
  return enter(fresh, 0, at);
}

/**
 * Forward by one step (NEXT marks it done, SKIP skipped). Not while someone is writing on the
 * passed device: their screen must not change under them, and they hand back first.
 */
export function forward(state: HuddleState, at: Millis, outcome: 'done' | 'skipped') {
  const index = activeIndex(state);
  if (index === null || isWriting(state)) return state;
  const left = leave(state, index, at, outcome);
  return index + 1 < state.steps.length ? enter(left, index + 1, at) : toSummary(left, at, null);
}

/**
 * Back by one step. From the first step this is a no-op, by design: the lobby is where
 * attendance is set, and attendance is what every answer count is measured against, so a
 * started huddle never returns there. From the summary it reopens the last step reached,
 * unless the huddle was ended early: that ended it for good (it is saved as closed early).
 */
export function back(state: HuddleState, at: Millis): HuddleState {
  if (phase(state) === 'summary') {
    if (state.endedEarly) return state;
    const target = state.progress.findLastIndex((p) => p.visited);
    return target < 0 ? state : enter(state, target, at);
  }
  const index = activeIndex(state);
  if (index === null || index === 0 || isWriting(state)) return state;
  return enter(leave(state, index, at, null), index - 1, at);
}

/**
 * Ends the huddle: straight to the summary, keeping every answer and the step it stopped at.
 * Final — BACK cannot reopen it. Allowed even mid-turn (a facilitator must
 * always be able to stop): a saved draft counts as that person's answer, an unsaved one is
 * simply not counted.
 */
export function endEarly(state: HuddleState, at: Millis): HuddleState {
  const index = activeIndex(state);
  if (index === null) return state;
  const settled = updateProgress(state, index, (progress) => {
    const floor = progress.floor;
    if (floor.kind !== 'device' || floor.screen !== 'writing') return progress;
    const next = floor.draftSaved
      ? deviceComplete(floor, 'answered')
      : { ...floor, screen: 'handoff' as const };
    return latchReveal(state, { ...progress, floor: next });
  });
  return toSummary(leave(settled, index, at, 'done'), at, index);
}

export function pause(state: HuddleState, at: Millis): HuddleState {
  const index = activeIndex(state);
  if (index === null || state.paused) return state;
  const stopped = updateProgress(state, index, (p) => ({ ...p, timer: stopTimer(p.timer, at) }));
  return { ...stopped, paused: true };
}

export function resume(state: HuddleState, at: Millis): HuddleState {
  const index = activeIndex(state);
  if (index === null || !state.paused) return state;
  const started = updateProgress(state, index, (p) => ({ ...p, timer: startTimer(p.timer, at) }));
  return { ...started, paused: false };
}

export function extend(state: HuddleState, seconds: number): HuddleState {
  const index = activeIndex(state);
  const ms = secondsToMs(seconds);
  if (index === null || ms === 0) return state;
  return updateProgress(state, index, (p) => ({ ...p, timer: extendTimer(p.timer, ms) }));
}

/** Only notes "went over" for the summary; running out of time never moves the huddle on. */
export function tick(state: HuddleState, at: Millis): HuddleState {
  const index = activeIndex(state);
  if (index === null) return state;
  return updateProgress(state, index, (p) =>
    p.wentOver || timerRemaining(p.timer, at) >= 0 ? p : { ...p, wentOver: true },
  );
}
