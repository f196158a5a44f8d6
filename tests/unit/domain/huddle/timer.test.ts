import { describe, expect, it } from 'vitest';
import { can, transition } from '../../../../src/domain/huddle/machine';
import {
  elapsedMs,
  isOverTime,
  isPaused,
  remainingMs,
} from '../../../../src/domain/huddle/selectors';
import {
  foldTimer,
  newTimer,
  secondsToMs,
  startTimer,
  stopTimer,
  timerRemaining,
} from '../../../../src/domain/huddle/timer';
import { ev, run, started } from './fixtures';

describe('step timer', () => {
  it('counts down from the time box', () => {
    const state = started(['round']);
    expect(remainingMs(state, 0)).toBe(60_000);
    expect(remainingMs(state, 45_000)).toBe(15_000);
    expect(elapsedMs(state, 45_000)).toBe(45_000);
  });

  it('goes negative when over time, and over time never advances the huddle', () => {
    const state = started(['round', 'round']);
    expect(remainingMs(state, 90_000)).toBe(-30_000);
    expect(isOverTime(state, 90_000)).toBe(true);
    const ticked = transition(state, ev('TICK', 90_000));
    expect(ticked.currentStep).toBe(0);
    expect(ticked.progress[0]!.wentOver).toBe(true);
    expect(transition(ticked, ev('TICK', 600_000)).currentStep).toBe(0);
  });

  it('TICK is a no-op (same object) unless it notices the step going over time', () => {
    const state = started(['round']);
    expect(transition(state, ev('TICK', 59_999))).toBe(state);
    expect(can(state, ev('TICK', 59_999))).toBe(false);
    const over = transition(state, ev('TICK', 60_001));
    expect(over).not.toBe(state);
    expect(transition(over, ev('TICK', 70_000))).toBe(over);
  });

  it('paused time does not count', () => {
    const state = run(started(['round']), ev('PAUSE', 10_000), ev('RESUME', 40_000));
    expect(elapsedMs(state, 50_000)).toBe(20_000);
    expect(remainingMs(state, 50_000)).toBe(40_000);
  });

  it('while paused the clock stands still', () => {
    const paused = transition(started(['round']), ev('PAUSE', 10_000));
    expect(isPaused(paused)).toBe(true);
    expect(remainingMs(paused, 10_000)).toBe(50_000);
    expect(remainingMs(paused, 999_000)).toBe(50_000);
  });

  it('PAUSE twice and RESUME while running are no-ops', () => {
    const running = started(['round']);
    expect(transition(running, ev('RESUME', 5))).toBe(running);
    const paused = transition(running, ev('PAUSE', 5));
    expect(transition(paused, ev('PAUSE', 6))).toBe(paused);
  });

  it('EXTEND adds 60 seconds by default, or the given seconds', () => {
    const state = started(['round']);
    expect(remainingMs(transition(state, ev('EXTEND')), 0)).toBe(120_000);
    const custom = transition(state, { type: 'EXTEND', at: 0, seconds: 90 });
    expect(remainingMs(custom, 0)).toBe(150_000);
  });

  it('EXTEND brings an over-time step back under, and works while paused', () => {
    const paused = run(started(['round']), ev('PAUSE', 70_000));
    expect(remainingMs(paused, 70_000)).toBe(-10_000);
    const extended = transition(paused, ev('EXTEND', 70_000));
    expect(remainingMs(extended, 70_000)).toBe(50_000);
  });

  it('EXTEND by zero, a negative or a non-number is a no-op', () => {
    const state = started(['round']);
    for (const seconds of [0, -30, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(transition(state, { type: 'EXTEND', at: 0, seconds }), String(seconds)).toBe(state);
    }
  });

  it('each step has its own clock; going back resumes the earlier step where it was', () => {
    const state = run(started(['round', 'round']), ev('NEXT', 20_000), ev('BACK', 50_000));
    expect(state.currentStep).toBe(0);
    expect(elapsedMs(state, 50_000)).toBe(20_000);
    expect(state.progress[1]!.timer).toMatchObject({ elapsedMs: 30_000, runningSince: null });
  });

  it('pause holds across navigation: the next step does not start its clock by itself', () => {
    const state = run(started(['round', 'round']), ev('PAUSE', 5_000), ev('NEXT', 9_000));
    expect(isPaused(state)).toBe(true);
    expect(remainingMs(state, 100_000)).toBe(60_000);
    expect(remainingMs(transition(state, ev('RESUME', 100_000)), 110_000)).toBe(50_000);
  });

  it('leaving a step over time records that it went over', () => {
    const state = run(started(['round', 'round']), ev('NEXT', 61_000));
    expect(state.progress[0]!.wentOver).toBe(true);
    expect(state.progress[1]!.wentOver).toBe(false);
  });

  it('PAUSE, RESUME, EXTEND and TICK do nothing outside a step', () => {
    const summary = run(started(['round']), 'NEXT');
    for (const type of ['PAUSE', 'RESUME', 'EXTEND', 'TICK'] as const) {
      expect(transition(summary, ev(type, 999_999))).toBe(summary);
    }
  });
});

describe('timer helpers', () => {
  it('a clock stepping backwards gives no time back', () => {
    const timer = startTimer(newTimer(60), 10_000);
    expect(timerRemaining(timer, 5_000)).toBe(60_000);
    expect(stopTimer(timer, 5_000).elapsedMs).toBe(0);
  });

  it('fold keeps the same time for any later moment', () => {
    const timer = startTimer(newTimer(60), 1_000);
    const folded = foldTimer(timer, 21_000);
    expect(folded).toEqual({ budgetMs: 60_000, elapsedMs: 20_000, runningSince: 21_000 });
    expect(timerRemaining(folded, 31_000)).toBe(timerRemaining(timer, 31_000));
  });

  it('start and stop are idempotent', () => {
    const stopped = newTimer(30);
    expect(stopTimer(stopped, 5)).toBe(stopped);
    const running = startTimer(stopped, 5);
    expect(startTimer(running, 9)).toBe(running);
  });

  it('secondsToMs rounds and rejects nonsense', () => {
    expect(secondsToMs(1.5)).toBe(1_500);
    expect(secondsToMs(-1)).toBe(0);
    expect(secondsToMs(Number.NaN)).toBe(0);
    expect(newTimer(-5).budgetMs).toBe(0);
  });
});
