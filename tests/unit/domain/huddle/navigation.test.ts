import { describe, expect, it } from 'vitest';
import { agenda } from '../../../../src/domain/huddle/agenda';
import { can, transition } from '../../../../src/domain/huddle/machine';
import { answersIn, answerTally, phase, turn } from '../../../../src/domain/huddle/selectors';
import { ev, run, SIMPLE_EVENTS, started } from './fixtures';

describe('navigation', () => {
  it('NEXT moves forward and marks the step done; NEXT on the last step opens the summary', () => {
    const one = run(started(['round', 'private']), ev('NEXT', 10));
    expect(one.currentStep).toBe(1);
    expect(one.progress[0]!.outcome).toBe('done');
    const summary = transition(one, ev('NEXT', 20));
    expect(phase(summary)).toBe('summary');
    expect(summary.currentStep).toBe(2);
    expect(summary.endedAt).toBe(20);
    expect(summary.endedEarly).toBe(false);
  });

  it('BACK from the first step is a no-op: a started huddle never returns to the lobby', () => {
    const state = started(['round', 'round']);
    expect(transition(state, ev('BACK'))).toBe(state);
    expect(can(state, ev('BACK'))).toBe(false);
  });

  it('BACK returns to the previous step with its answers intact', () => {
    const state = run(started(['round', 'round']), 'ANSWER_RECORDED', 'PASS', 'NEXT', 'BACK');
    expect(state.currentStep).toBe(0);
    expect(answerTally(state)).toEqual({ answered: 1, passed: 1 });
  });

  it('SKIP marks the step skipped and advances; skipping the last step opens the summary', () => {
    const state = run(started(['round', 'pulse']), 'SKIP');
    expect(state.currentStep).toBe(1);
    expect(state.progress[0]!.outcome).toBe('skipped');
    const summary = transition(state, ev('SKIP', 9));
    expect(phase(summary)).toBe('summary');
    expect(summary.progress[1]!.outcome).toBe('skipped');
    expect(summary.endedEarly).toBe(false);
  });

  it('SKIP keeps answers already given on that step', () => {
    const state = run(started(['round', 'round']), 'ANSWER_RECORDED', 'SKIP');
    expect(answersIn(state, 0)).toBe(1);
  });

  it('END_EARLY goes to the summary keeping every answer', () => {
    const before = run(
      started(['round', 'anonymous', 'pulse', 'private']),
      'ANSWER_RECORDED',
      'PASS',
      'NEXT',
      'BEGIN_TURN',
      'ANSWER_RECORDED',
      'HAND_TO_NEXT',
      'PASS',
    );
    const after = transition(before, ev('END_EARLY', 500));
    expect(phase(after)).toBe('summary');
    expect(after.endedEarly).toBe(true);
    expect(after.endedAt).toBe(500);
    for (const i of [0, 1, 2, 3]) expect(answerTally(after, i)).toEqual(answerTally(before, i));
    expect(answerTally(after, 1)).toEqual({ answered: 1, passed: 1 });
    expect(agenda(after).map((a) => a.status)).toEqual([
      'done',
      'done',
      'not-reached',
      'not-reached',
    ]);
  });

  it('END_EARLY while someone writes counts a saved draft and drops an unsaved turn', () => {
    const saved = run(started(['private']), 'BEGIN_TURN', 'ANSWER_RECORDED', 'END_EARLY');
    expect(answerTally(saved, 0)).toEqual({ answered: 1, passed: 0 });
    expect(saved.progress[0]!.floor).toMatchObject({ screen: 'handoff', draftSaved: false });
    const unsaved = run(started(['private']), 'BEGIN_TURN', 'END_EARLY');
    expect(answersIn(unsaved, 0)).toBe(0);
    expect(unsaved.progress[0]!.floor).toMatchObject({ screen: 'handoff' });
  });

  it('while someone is writing on the passed device the step cannot be navigated or revealed', () => {
    const writing = run(started(['private', 'round']), 'BEGIN_TURN');
    const moved = run(started(['round', 'private', 'round']), 'NEXT', 'BEGIN_TURN');
    for (const type of ['NEXT', 'BACK', 'SKIP', 'REVEAL'] as const) {
      expect(transition(writing, ev(type)), type).toBe(writing);
      expect(transition(moved, ev(type)), type).toBe(moved);
    }
    expect(phase(transition(writing, ev('END_EARLY')))).toBe('summary');
  });

  it('BACK from the summary reopens the last step reached and clears the end', () => {
    const ended = run(started(['round', 'round', 'round']), 'NEXT', 'NEXT', 'NEXT');
    const back = transition(ended, ev('BACK', 50));
    expect(back.currentStep).toBe(2);
    expect(back.endedAt).toBeNull();
    expect(back.endedEarly).toBe(false);
    expect(back.progress[2]!.timer.runningSince).toBe(50);
  });

  it('END_EARLY ends the huddle for good, noting the step it stopped at', () => {
    const ended = run(started(['round', 'round', 'round']), 'NEXT', ev('END_EARLY', 40));
    expect(ended).toMatchObject({ endedEarly: true, endedAt: 40, stoppedAtStep: 1 });
    expect(transition(ended, ev('BACK', 50))).toBe(ended);
    const finished = run(started(['round']), 'NEXT');
    expect(finished).toMatchObject({ endedEarly: false, stoppedAtStep: null });
  });

  it('on the summary only BACK does anything', () => {
    const summary = run(started(['private']), 'NEXT');
    for (const type of SIMPLE_EVENTS.filter((t) => t !== 'BACK')) {
      expect(transition(summary, ev(type)), type).toBe(summary);
    }
  });

  it('navigating away and back keeps the pass-the-device turn', () => {
    const state = run(started(['anonymous', 'round']), 'PASS', 'PASS', 'NEXT', 'BACK');
    expect(turn(state)).toBe(2);
  });
});
