import { describe, expect, it } from 'vitest';
import { can, transition } from '../../../../src/domain/huddle/machine';
import {
  answerTally,
  currentSpeaker,
  currentSpeakerIndex,
  currentWriter,
  isRevealed,
  nextSpeaker,
  screen,
  turn,
} from '../../../../src/domain/huddle/selectors';
import type { HuddleState } from '../../../../src/domain/huddle/state';
import { ev, run, started } from './fixtures';

const FOUR = ['m1', 'm2', 'm3', 'm4'];
const choose = (index: number) => ({ type: 'CHOOSE_SPEAKER', at: 0, index }) as const;

function speakerOrder(state: HuddleState, type: 'ANSWER_RECORDED' | 'PASS' = 'ANSWER_RECORDED') {
  const order: Array<string | null> = [currentSpeaker(state)?.id ?? null];
  let s = state;
  while (currentSpeaker(s)) {
    s = transition(s, ev(type));
    order.push(currentSpeaker(s)?.id ?? null);
  }
  return order;
}

describe('round mode', () => {
  it('starts with the first person on the attendance list; members go before guests', () => {
    const state = started(['round'], ['m1'], [{ id: 'g1', name: 'Guest' }]);
    expect(currentSpeaker(state)).toEqual({ kind: 'member', id: 'm1' });
    expect(nextSpeaker(state)).toEqual({ kind: 'guest', id: 'g1' });
  });

  it('ANSWER_RECORDED counts the speaker and moves to the next person', () => {
    const state = transition(started(['round'], FOUR), ev('ANSWER_RECORDED'));
    expect(currentSpeaker(state)?.id).toBe('m2');
    expect(answerTally(state)).toEqual({ answered: 1, passed: 0 });
    expect(state.progress[0]!.floor).toMatchObject({ marks: { m1: 'answered' } });
  });

  it('PASS is one event: counted, and the round moves on', () => {
    const state = transition(started(['round'], FOUR), ev('PASS'));
    expect(currentSpeaker(state)?.id).toBe('m2');
    expect(answerTally(state)).toEqual({ answered: 0, passed: 1 });
  });

  it('goes round in attendance order and ends with nobody due', () => {
    expect(speakerOrder(started(['round'], FOUR))).toEqual(['m1', 'm2', 'm3', 'm4', null]);
  });

  it('round order wraps: starting with a volunteer, it continues past the end to the start', () => {
    const state = transition(started(['round'], FOUR), choose(2));
    expect(speakerOrder(state, 'PASS')).toEqual(['m3', 'm4', 'm1', 'm2', null]);
  });

  it('HAND_TO_NEXT moves on without counting, and the round comes back to that person', () => {
    const state = run(started(['round'], FOUR), 'HAND_TO_NEXT');
    expect(currentSpeaker(state)?.id).toBe('m2');
    expect(answerTally(state)).toEqual({ answered: 0, passed: 0 });
    const later = run(state, 'ANSWER_RECORDED', 'ANSWER_RECORDED', 'ANSWER_RECORDED');
    expect(currentSpeaker(later)?.id).toBe('m1');
  });

  it('HAND_TO_NEXT with only the speaker still due is a no-op (pass or answer instead)', () => {
    const state = run(started(['round'], ['m1', 'm2']), 'ANSWER_RECORDED');
    expect(currentSpeaker(state)?.id).toBe('m2');
    expect(transition(state, ev('HAND_TO_NEXT'))).toBe(state);
  });

  it('HAND_TO_NEXT after re-choosing someone who already spoke ends the round', () => {
    const done = run(started(['round'], ['m1', 'm2']), 'ANSWER_RECORDED', 'ANSWER_RECORDED');
    const again = transition(done, choose(0));
    expect(currentSpeakerIndex(transition(again, ev('HAND_TO_NEXT')))).toBeNull();
  });

  it('someone who passed can answer later without being counted twice', () => {
    const state = run(started(['round'], ['m1', 'm2']), 'PASS', 'ANSWER_RECORDED');
    const back = run(transition(state, choose(0)), 'ANSWER_RECORDED');
    expect(answerTally(back)).toEqual({ answered: 2, passed: 0 });
  });

  it('a later pass never erases an answer', () => {
    const state = run(started(['round'], ['m1', 'm2']), 'ANSWER_RECORDED', 'ANSWER_RECORDED');
    const passedAfter = run(transition(state, choose(0)), 'PASS');
    expect(answerTally(passedAfter)).toEqual({ answered: 2, passed: 0 });
  });

  it('with nobody due, ANSWER_RECORDED and PASS are no-ops', () => {
    const done = run(started(['round'], ['m1']), 'ANSWER_RECORDED');
    expect(currentSpeaker(done)).toBeNull();
    expect(transition(done, ev('ANSWER_RECORDED'))).toBe(done);
    expect(transition(done, ev('PASS'))).toBe(done);
  });

  it('CHOOSE_SPEAKER rejects out-of-range, fractional and unchanged indexes', () => {
    const state = started(['round'], FOUR);
    for (const index of [-1, 4, 1.5, Number.NaN, 0]) {
      expect(transition(state, choose(index)), String(index)).toBe(state);
    }
    expect(can(state, choose(3))).toBe(true);
  });

  it('is visible as it goes: revealed from the start, REVEAL is a no-op', () => {
    const state = started(['round']);
    expect(isRevealed(state)).toBe(true);
    expect(transition(state, ev('REVEAL'))).toBe(state);
  });

  it('pass-the-device events do nothing on a round', () => {
    const state = started(['round']);
    expect(transition(state, ev('BEGIN_TURN'))).toBe(state);
    expect(transition(state, ev('CANCEL_TURN'))).toBe(state);
    expect(screen(state)).toBeNull();
    expect(turn(state)).toBeNull();
    expect(currentWriter(state)).toBeNull();
  });
});
