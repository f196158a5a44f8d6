import { describe, expect, it } from 'vitest';
import { can, transition } from '../../../../src/domain/huddle/machine';
import {
  answersIn,
  canShowAnswers,
  isEveryoneIn,
  isRevealed,
} from '../../../../src/domain/huddle/selectors';
import { ev, run, started } from './fixtures';

describe.each(['private', 'anonymous', 'pulse'] as const)('revealing a %s step', (mode) => {
  it('stays hidden until everyone present has answered or passed', () => {
    let state = run(started([mode]), 'BEGIN_TURN', 'ANSWER_RECORDED', 'HAND_TO_NEXT');
    expect(isRevealed(state)).toBe(false);
    state = run(state, 'PASS');
    expect(answersIn(state)).toBe(2);
    expect(isRevealed(state)).toBe(false);
    expect(canShowAnswers(state)).toBe(false);
    state = run(state, 'BEGIN_TURN', 'ANSWER_RECORDED', 'HAND_TO_NEXT');
    expect(isEveryoneIn(state)).toBe(true);
    expect(isRevealed(state)).toBe(true);
    expect(canShowAnswers(state)).toBe(true);
  });

  it('everyone passing also reveals (there is simply nothing to show)', () => {
    expect(isRevealed(run(started([mode]), 'PASS', 'PASS', 'PASS'))).toBe(true);
  });

  it('cannot be revealed early except by REVEAL from the facilitator', () => {
    const state = run(started([mode]), 'PASS');
    expect(isRevealed(state)).toBe(false);
    expect(can(state, ev('REVEAL'))).toBe(true);
    const revealed = transition(state, ev('REVEAL'));
    expect(isRevealed(revealed)).toBe(true);
    expect(transition(revealed, ev('REVEAL'))).toBe(revealed);
  });

  it('REVEAL is refused while someone is writing', () => {
    const writing = run(started([mode]), 'BEGIN_TURN');
    expect(transition(writing, ev('REVEAL'))).toBe(writing);
  });

  it('after a reveal, answers are still kept off screen while a late writer writes', () => {
    const state = run(started([mode]), 'REVEAL', 'BEGIN_TURN');
    expect(isRevealed(state)).toBe(true);
    expect(canShowAnswers(state)).toBe(false);
    expect(canShowAnswers(run(state, 'CANCEL_TURN'))).toBe(true);
  });

  it('once revealed it stays revealed across navigation and the summary', () => {
    const state = run(started([mode, 'round']), 'REVEAL', 'NEXT', 'BACK', 'NEXT', 'END_EARLY');
    expect(isRevealed(state, 0)).toBe(true);
  });

  it('an unrevealed step stays unrevealed on the summary', () => {
    const state = run(started([mode]), 'PASS', 'END_EARLY');
    expect(isRevealed(state, 0)).toBe(false);
  });
});
