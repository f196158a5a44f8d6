// A per-step countdown driven by injected timestamps. Running out of time never ends anything:
// remaining time simply goes negative ("over time") and the facilitator decides.
import type { Millis } from '../types';
import type { StepTimer } from './state';

export const DEFAULT_EXTEND_SECONDS = 60;

/** Seconds → whole milliseconds; anything that is not a finite positive number counts as 0. */
export function secondsToMs(seconds: number): number {
  return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : 0;
}

export function newTimer(timeBoxSec: number): StepTimer {
  return { budgetMs: secondsToMs(timeBoxSec), elapsedMs: 0, runningSince: null };
}

/** A clock that steps backwards (device sleep, NTP correction) must not give time back. */
function runningMs(timer: StepTimer, now: Millis): number {
  return timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
}

export function timerElapsed(timer: StepTimer, now: Millis): number {
  return timer.elapsedMs + runningMs(timer, now);
}

/** Negative means over time. */
export function timerRemaining(timer: StepTimer, now: Millis): number {
  return timer.budgetMs - timerElapsed(timer, now);
}

export function startTimer(timer: StepTimer, at: Millis): StepTimer {
  return timer.runningSince === null ? { ...timer, runningSince: at } : timer;
}

/** Folds the running segment into elapsed time and stops the clock. */
export function stopTimer(timer: StepTimer, at: Millis): StepTimer {
  if (timer.runningSince === null) return timer;
  return { ...timer, elapsedMs: timerElapsed(timer, at), runningSince: null };
}

/** Folds time used so far without stopping, so a persisted copy loses no counted time. */
export function foldTimer(timer: StepTimer, at: Millis): StepTimer {
  if (timer.runningSince === null) return timer;
  return {
    ...timer,
    elapsedMs: timerElapsed(timer, at),
    runningSince: Math.max(at, timer.runningSince),
  };
}

export function extendTimer(timer: StepTimer, ms: number): StepTimer {
  return { ...timer, budgetMs: timer.budgetMs + ms };
}
