import { describe, expect, it } from 'vitest';
import { can, transition } from '../../../../src/domain/huddle/machine';
import {
  answerTally,
  currentSpeaker,
  currentWriter,
  isDraftSaved,
  isWriting,
  nextSpeaker,
  screen,
  turn,
} from '../../../../src/domain/huddle/selectors';
import { ev, MEMBERS, run, started } from './fixtures';

describe.each(['private', 'anonymous', 'pulse'] as const)('pass-the-device (%s)', (mode) => {
  it('starts on the cleared handoff screen at turn 0', () => {
    const state = started([mode]);
    expect(screen(state)).toBe('handoff');
    expect(turn(state)).toBe(0);
  });

  it('BEGIN_TURN opens the writing screen; CANCEL_TURN closes it without counting', () => {
    const writing = run(started([mode]), 'BEGIN_TURN');
    expect(isWriting(writing)).toBe(true);
    const cancelled = transition(writing, ev('CANCEL_TURN'));
    expect(screen(cancelled)).toBe('handoff');
    expect(turn(cancelled)).toBe(0);
  });

  it('ANSWER_RECORDED only counts while writing, and then the writer may hand on', () => {
    const handoff = started([mode]);
    expect(transition(handoff, ev('ANSWER_RECORDED'))).toBe(handoff);
    const writing = run(handoff, 'BEGIN_TURN');
    expect(can(writing, ev('HAND_TO_NEXT'))).toBe(false);
    const saved = transition(writing, ev('ANSWER_RECORDED'));
    expect(isDraftSaved(saved)).toBe(true);
    expect(screen(saved)).toBe('writing');
    // Saving edits again is still news to the app.
    expect(can(saved, ev('ANSWER_RECORDED'))).toBe(true);
  });

  it('HAND_TO_NEXT clears the screen and moves to the next turn', () => {
    const state = run(started([mode]), 'BEGIN_TURN', 'ANSWER_RECORDED', 'HAND_TO_NEXT');
    expect(screen(state)).toBe('handoff');
    expect(turn(state)).toBe(1);
    expect(isDraftSaved(state)).toBe(false);
    expect(answerTally(state)).toEqual({ answered: 1, passed: 0 });
  });

  it('PASS works from the handoff screen and from the writing screen', () => {
    const fromHandoff = run(started([mode]), 'PASS');
    expect(turn(fromHandoff)).toBe(1);
    const fromWriting = run(started([mode]), 'BEGIN_TURN', 'PASS');
    expect(screen(fromWriting)).toBe('handoff');
    expect(answerTally(fromWriting)).toEqual({ answered: 0, passed: 1 });
  });

  it('PASS after saving an answer is a no-op: that person answered and hands on', () => {
    const saved = run(started([mode]), 'BEGIN_TURN', 'ANSWER_RECORDED');
    expect(transition(saved, ev('PASS'))).toBe(saved);
  });

  it('once everyone has had a turn no further turn opens', () => {
    const done = run(started([mode]), 'PASS', 'PASS', 'PASS');
    expect(turn(done)).toBe(MEMBERS.length);
    expect(transition(done, ev('BEGIN_TURN'))).toBe(done);
    expect(transition(done, ev('PASS'))).toBe(done);
  });

  it('round-only events do nothing here', () => {
    const state = started([mode]);
    expect(transition(state, { type: 'CHOOSE_SPEAKER', at: 0, index: 1 })).toBe(state);
    expect(transition(state, ev('HAND_TO_NEXT'))).toBe(state);
    expect(currentSpeaker(state)).toBeNull();
    expect(nextSpeaker(state)).toBeNull();
  });
});

describe('who holds the device', () => {
  it('a private step names the person whose turn it is, in attendance order', () => {
    const state = run(started(['private']), 'PASS');
    expect(currentWriter(state)).toEqual({ kind: 'member', id: MEMBERS[1] });
  });

  it.each(['anonymous', 'pulse'] as const)('a %s step never names anyone', (mode) => {
    const state = run(started([mode]), 'BEGIN_TURN');
    expect(currentWriter(state)).toBeNull();
  });

  it('an anonymous step stores no member id, whatever happens on it', () => {
    const state = run(
      started(['anonymous', 'round']),
      'BEGIN_TURN',
      'ANSWER_RECORDED',
      'HAND_TO_NEXT',
      'PASS',
      'BEGIN_TURN',
      'ANSWER_RECORDED',
      'HAND_TO_NEXT',
      'NEXT',
      'BACK',
      'END_EARLY',
    );
    const stored = JSON.stringify(state.progress[0]);
    for (const id of MEMBERS) expect(stored).not.toContain(id);
    expect(answerTally(state, 0)).toEqual({ answered: 2, passed: 1 });
  });
});
