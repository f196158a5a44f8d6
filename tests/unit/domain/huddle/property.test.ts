// A seeded random walk over the whole event set, checking the machine's invariants after every
// step. Deterministic (fixed seeds), so a failure replays exactly.
import { describe, expect, it } from 'vitest';
import { agenda } from '../../../../src/domain/huddle/agenda';
import { can, transition } from '../../../../src/domain/huddle/machine';
import { participantCount } from '../../../../src/domain/huddle/participants';
import {
  answersIn,
  answerTally,
  isRevealed,
  isWriting,
  phase,
  remainingMs,
} from '../../../../src/domain/huddle/selectors';
import type { HuddleEvent, HuddleState } from '../../../../src/domain/huddle/state';
import type { AnswerMode } from '../../../../src/domain/types';
import { lobby, reload, SIMPLE_EVENTS, talliesOf } from './fixtures';

/** mulberry32: tiny, good enough, and reproducible. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MODES: AnswerMode[] = ['round', 'private', 'anonymous', 'pulse'];
const PEOPLE = ['m1', 'm2', 'm3', 'm4', 'm5'];

function randomEvent(random: () => number, at: number): HuddleEvent {
  const roll = random();
  if (roll < 0.04) {
    const attendance = PEOPLE.filter(() => random() < 0.5);
    const guests = random() < 0.3 ? [{ id: 'g1', name: 'Guest' }] : [];
    return { type: 'SET_ATTENDANCE', at, attendance, guests };
  }
  if (roll < 0.08) return { type: 'CHOOSE_SPEAKER', at, index: Math.floor(random() * 7) - 1 };
  if (roll < 0.1) return { type: 'EXTEND', at, seconds: Math.floor(random() * 120) - 20 };
  const type = SIMPLE_EVENTS[Math.floor(random() * SIMPLE_EVENTS.length)]!;
  // Ending early would park most walks on the summary; keep it rarer so steps get exercised.
  if (type === 'END_EARLY' && random() < 0.8) return { type: 'ANSWER_RECORDED', at };
  return { type, at } as HuddleEvent;
}

function checkInvariants(before: HuddleState, event: HuddleEvent, after: HuddleState) {
  const n = after.steps.length;
  // Shape and JSON-safety.
  expect(after.progress).toHaveLength(n);
  expect(after.currentStep).toBeGreaterThanOrEqual(-1);
  expect(after.currentStep).toBeLessThanOrEqual(n);
  expect(JSON.parse(JSON.stringify(after))).toEqual(after);
  // can() agrees with transition(); an illegal event returned the very same object.
  expect(can(before, event)).toBe(after !== before);
  // A started huddle never goes back to the lobby.
  if (phase(before) !== 'lobby') expect(phase(after)).not.toBe('lobby');
  // Time never moves the huddle.
  if (event.type === 'TICK') expect(after.currentStep).toBe(before.currentStep);
  // At most the current step's clock runs, and only when not paused.
  after.progress.forEach((p, i) => {
    const shouldRun = phase(after) === 'step' && i === after.currentStep && !after.paused;
    expect(p.timer.runningSince !== null, `timer ${i}`).toBe(shouldRun);
  });
  if (phase(after) === 'step') {
    expect(remainingMs(after, event.at + 1_000)).toBeLessThanOrEqual(remainingMs(after, event.at)!);
  }
  for (let i = 0; i < n; i += 1) {
    if (phase(before) === 'lobby') continue;
    // Answers are never dropped: counts only grow, and answers never turn into passes.
    const was = answerTally(before, i);
    const now = answerTally(after, i);
    expect(now.answered, `answered ${i}`).toBeGreaterThanOrEqual(was.answered);
    expect(now.answered + now.passed, `in ${i}`).toBeGreaterThanOrEqual(was.answered + was.passed);
    // Reveals are latched.
    if (isRevealed(before, i)) expect(isRevealed(after, i)).toBe(true);
    // Hidden unless everyone is in or the facilitator revealed (only REVEAL can reveal early).
    const mode = after.steps[i]!.mode;
    if (mode !== 'round' && !isRevealed(before, i) && isRevealed(after, i)) {
      const everyone = answersIn(after, i) >= participantCount(after);
      expect(everyone || event.type === 'REVEAL', `reveal ${i} by ${event.type}`).toBe(true);
    }
    // Pass-the-device steps hold no person id.
    const floor = after.progress[i]!.floor;
    if (mode !== 'round') expect(floor.kind).toBe('device');
    if (mode === 'anonymous' || mode === 'pulse') {
      const json = JSON.stringify(after.progress[i]);
      for (const id of PEOPLE) expect(json).not.toContain(id);
    }
  }
  // Only END_EARLY may leave a step while someone writes, and nobody is left mid-writing.
  if (before.currentStep !== after.currentStep && phase(before) === 'step') {
    expect(isWriting(before) && event.type !== 'END_EARLY').toBe(false);
    expect(after.progress[before.currentStep]!.floor).not.toMatchObject({ screen: 'writing' });
  }
}

/** A reload (Session + tallies + snapshot) lands on the same step with the same answers. */
function checkReload(state: HuddleState, modes: readonly AnswerMode[], at: number) {
  const restored = reload(state, modes, at);
  expect(restored.currentStep).toBe(state.currentStep);
  expect(restored.attendance).toEqual(state.attendance);
  expect(talliesOf(restored).map(({ answered, passed }) => ({ answered, passed }))).toEqual(
    talliesOf(state).map(({ answered, passed }) => ({ answered, passed })),
  );
  expect(agenda(restored)).toEqual(agenda(state));
  state.progress.forEach((_, i) => {
    // A reload may only reveal more (a saved draft completing "everyone"), never hide.
    if (isRevealed(state, i)) expect(isRevealed(restored, i)).toBe(true);
  });
  if (phase(state) === 'step') {
    // The clock comes back as it was, telling the same time, and keeps going if it was running.
    expect(restored.paused).toBe(state.paused);
    expect(remainingMs(restored, at)).toBe(remainingMs(state, at));
    expect(remainingMs(restored, at + 5_000)).toBe(remainingMs(state, at + 5_000));
    expect(isWriting(restored)).toBe(false);
  }
}

describe('random event walks keep every invariant', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('seed %i', (seed) => {
    const random = rng(seed);
    const modes = Array.from({ length: 1 + Math.floor(random() * 5) }, () => {
      return MODES[Math.floor(random() * MODES.length)]!;
    });
    let state = lobby(modes, PEOPLE.slice(0, 1 + Math.floor(random() * 4)));
    let at = 0;
    for (let i = 0; i < 400; i += 1) {
      at += Math.floor(random() * 20_000) - 2_000; // mostly forward, sometimes a clock hiccup
      const event = randomEvent(random, at);
      const next = transition(state, event);
      checkInvariants(state, event, next);
      if (i % 20 === 0) checkReload(next, modes, at);
      state = next;
    }
  });
});
