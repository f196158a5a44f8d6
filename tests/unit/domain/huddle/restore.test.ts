import { describe, expect, it } from 'vitest';
import { agenda } from '../../../../src/domain/huddle/agenda';
import { transition } from '../../../../src/domain/huddle/machine';
import {
  applyToSession,
  checkpoint,
  type ResponseLike,
  tallyResponses,
} from '../../../../src/domain/huddle/persist';
import { MAX_RESTORE_GAP_MS, restore } from '../../../../src/domain/huddle/restore';
import {
  answerTally,
  currentSpeaker,
  currentWriter,
  isRevealed,
  phase,
  remainingMs,
  screen,
  turn,
} from '../../../../src/domain/huddle/selectors';
import type { HuddleState } from '../../../../src/domain/huddle/state';
import type { AnswerMode } from '../../../../src/domain/types';
import { ev, MEMBERS, reload, run, sessionFor, started, stepDefs } from './fixtures';

/** A reload changes only this: nobody is left mid-writing (the clock comes back as it was). */
function expectedAfterReload(state: HuddleState, at: number): HuddleState {
  const saved = checkpoint(state, at);
  return {
    ...saved,
    // The clock comes back as it was: running from the checkpoint, or paused.
    paused: phase(state) === 'step' && state.paused,
    progress: saved.progress.map((p) => ({
      ...p,
      floor:
        p.floor.kind === 'device'
          ? {
              ...p.floor,
              screen: 'handoff' as const,
              draftSaved: false,
              answered: p.floor.answered + (p.floor.draftSaved ? 1 : 0),
            }
          : p.floor,
    })),
  };
}

const MODES: AnswerMode[] = ['round', 'anonymous', 'private', 'pulse'];

describe('restore', () => {
  it('a lobby session restores to the lobby with its attendance', () => {
    const state = restore({ session: sessionFor(MODES, { guests: [{ id: 'g', name: 'G' }] }) });
    expect(phase(state)).toBe('lobby');
    expect(state.attendance).toEqual(MEMBERS);
    expect(state.guests).toEqual([{ id: 'g', name: 'G' }]);
    expect(state.startedAt).toBeNull();
    expect(state.paused).toBe(false);
  });

  it('from the Session alone a reload resumes at the same step, paused, earlier steps done', () => {
    const state = restore({ session: sessionFor(MODES, { currentStep: 2, startedAt: 77 }) });
    expect(state.currentStep).toBe(2);
    expect(state.startedAt).toBe(77);
    expect(state.paused).toBe(true);
    expect(remainingMs(state, 1e9)).toBe(60_000);
    expect(agenda(state).map((a) => a.status)).toEqual(['done', 'done', 'current', 'upcoming']);
    expect(remainingMs(transition(state, ev('RESUME', 1_000)), 11_000)).toBe(50_000);
  });

  it('a summary session restores to the summary with its end time', () => {
    const state = restore({ session: sessionFor(MODES, { currentStep: 4, endedAt: 900 }) });
    expect(phase(state)).toBe('summary');
    expect(state.endedAt).toBe(900);
    expect(state.paused).toBe(false);
  });

  it('clamps an out-of-range or broken currentStep', () => {
    const at = (currentStep: number) => restore({ session: sessionFor(MODES, { currentStep }) });
    expect(at(-7).currentStep).toBe(-1);
    expect(at(99).currentStep).toBe(4);
    expect(at(Number.NaN).currentStep).toBe(-1);
    expect(at(1.7).currentStep).toBe(1);
  });

  it('keeps reveals saved in the Session, and reveals steps whose tallies show everyone in', () => {
    const session = sessionFor(MODES, { currentStep: 3 });
    session.steps[2]!.revealed = true;
    const state = restore({
      session,
      answers: [undefined, { answered: 2, passed: 1 }, undefined, { answered: 2, passed: 0 }],
    });
    expect([0, 1, 2, 3].map((i) => isRevealed(state, i))).toEqual([true, true, true, false]);
  });

  it('a pass-the-device step comes back on the cleared handoff screen at the right turn', () => {
    const writing = run(started(MODES), 'NEXT', 'PASS', 'BEGIN_TURN');
    const state = reload(writing, MODES, 0);
    expect(screen(state)).toBe('handoff');
    expect(turn(state)).toBe(1);
    // A draft already saved when the page went away is that person's answer.
    const saved = reload(run(writing, 'ANSWER_RECORDED'), MODES, 0);
    expect(screen(saved)).toBe('handoff');
    expect(turn(saved)).toBe(2);
  });

  it('a round resumes with the first person still due, from the marks in the tallies', () => {
    const state = restore({
      session: sessionFor(MODES, { currentStep: 0 }),
      answers: [
        {
          answered: 1,
          passed: 1,
          marks: { [MEMBERS[0]!]: 'answered', 'm-gone': 'passed', [MEMBERS[2]!]: 'passed' },
        },
      ],
    });
    expect(currentSpeaker(state)?.id).toBe(MEMBERS[1]);
    // Marks of people not present are dropped rather than counted.
    expect(answerTally(state)).toEqual({ answered: 1, passed: 1 });
  });

  it('a round tally without names fills the attendance list in order', () => {
    const state = restore({
      session: sessionFor(MODES, { currentStep: 0 }),
      answers: [{ answered: 1, passed: 1 }],
    });
    expect(currentSpeaker(state)?.id).toBe(MEMBERS[2]);
    expect(answerTally(state)).toEqual({ answered: 1, passed: 1 });
  });

  it.each([
    ['mid-step, after a skip and a reveal', ['SKIP', 'REVEAL', 'PASS', 'NEXT', 'PASS'] as const],
    [
      'on the summary after ending early',
      ['ANSWER_RECORDED', 'SKIP', 'PASS', 'END_EARLY'] as const,
    ],
    ['paused and extended', ['NEXT', 'EXTEND', 'PAUSE', 'BEGIN_TURN', 'ANSWER_RECORDED'] as const],
    ['back on the first step', ['PASS', 'NEXT', 'NEXT', 'BACK', 'BACK'] as const],
    ['in the lobby', [] as const],
  ])('round-trips with a snapshot: %s', (_, events) => {
    let state = started(MODES);
    if (events.length === 0) state = restore({ session: sessionFor(MODES) });
    events.forEach((type, i) => {
      state = transition(state, ev(type, (i + 1) * 7_000));
    });
    const at = 100_000;
    const restored = reload(state, MODES, at);
    expect(restored).toEqual(expectedAfterReload(state, at));
    if (phase(state) === 'step') {
      expect(remainingMs(restored, 0)).toBe(remainingMs(state, at));
    }
  });

  it('without a snapshot it still keeps position, answers and reveals', () => {
    const state = run(started(MODES), 'ANSWER_RECORDED', 'NEXT', 'REVEAL', 'PASS', 'NEXT');
    const restored = reload(state, MODES, 50, false);
    expect(restored.currentStep).toBe(state.currentStep);
    for (const i of [0, 1, 2, 3]) {
      expect(answerTally(restored, i)).toEqual(answerTally(state, i));
      expect(isRevealed(restored, i)).toBe(isRevealed(state, i));
    }
  });

  it('a snapshot from an earlier position adds skips but the Session decides where we are', () => {
    const early = run(started(MODES), 'SKIP');
    const later = run(early, 'NEXT', 'NEXT');
    const restored = restore({
      session: applyToSession(sessionFor(MODES), later),
      snapshot: JSON.parse(JSON.stringify(early)),
    });
    expect(restored.currentStep).toBe(3);
    expect(agenda(restored).map((a) => a.status)).toEqual(['skipped', 'done', 'done', 'current']);
  });

  it('tallies from the saved responses win over a stale snapshot', () => {
    const stale = started(MODES);
    const restored = restore({
      session: sessionFor(MODES, { currentStep: 1 }),
      answers: [undefined, { answered: 2, passed: 0 }],
      snapshot: JSON.parse(JSON.stringify(run(stale, 'NEXT', 'PASS'))),
    });
    expect(answerTally(restored, 1)).toEqual({ answered: 2, passed: 0 });
  });

  it.each([
    ['null', null],
    ['a string', 'not json'],
    ['another version', { ...started(MODES), version: 2 }],
    ['another plan', { ...started(MODES), steps: stepDefs(['round', 'round', 'round', 'round']) }],
    ['a missing progress list', { ...started(MODES), progress: 'x' }],
  ])('ignores a snapshot that is %s', (_, snapshot) => {
    const session = sessionFor(MODES, { currentStep: 0 });
    expect(restore({ session, snapshot })).toEqual(restore({ session }));
  });

  it('survives a corrupted snapshot without trusting any odd field', () => {
    const broken = JSON.parse(JSON.stringify(started(MODES)));
    broken.progress[0] = {
      floor: {
        kind: 'round',
        marks: JSON.parse('{"__proto__":"answered","m-ana":"maybe"}'),
        speaker: 'x',
      },
      timer: { budgetMs: -1 },
    };
    const state = restore({ session: sessionFor(MODES, { currentStep: 0 }), snapshot: broken });
    expect(answerTally(state, 0)).toEqual({ answered: 0, passed: 0 });
    expect(currentSpeaker(state)?.id).toBe(MEMBERS[0]);
    expect(remainingMs(state, 0)).toBe(60_000);
  });

  it('RESUME_FROM_SAVED restores from the lobby only', () => {
    const saved = { session: sessionFor(MODES, { currentStep: 2 }) };
    const fromLobby = transition(restore({ session: sessionFor(MODES) }), {
      type: 'RESUME_FROM_SAVED',
      at: 0,
      saved,
    });
    expect(fromLobby.currentStep).toBe(2);
    const running = started(MODES);
    expect(transition(running, { type: 'RESUME_FROM_SAVED', at: 0, saved })).toBe(running);
  });
});

describe('tallyResponses', () => {
  const row = (stepIndex: number, memberId: string | null, passed: boolean, slot?: number) =>
    ({ stepIndex, memberId, passed, ...(slot === undefined ? {} : { slot }) }) as ResponseLike;

  it('counts each person once per step; any real answer beats a pass', () => {
    const tallies = tallyResponses(
      [
        row(0, 'a', true),
        row(0, 'a', false),
        row(0, 'b', true),
        row(0, 'b', true),
        row(1, 'a', false),
      ],
      3,
    );
    expect(tallies).toEqual([
      { answered: 1, passed: 1, marks: { a: 'answered', b: 'passed' } },
      { answered: 1, passed: 0, marks: { a: 'answered' } },
      { answered: 0, passed: 0 },
    ]);
  });

  it('groups anonymous rows by slot and never produces marks for them', () => {
    const tallies = tallyResponses(
      [row(0, null, false, 0), row(0, null, false, 0), row(0, null, true, 1), row(0, null, false)],
      1,
    );
    expect(tallies).toEqual([{ answered: 2, passed: 1 }]);
  });

  it('ignores rows for steps that do not exist', () => {
    expect(tallyResponses([row(5, 'a', false), row(-1, 'a', false)], 1)).toEqual([
      { answered: 0, passed: 0 },
    ]);
  });
});

describe('applyToSession', () => {
  it('writes position, reveals, attendance and times, and leaves everything else alone', () => {
    const session = sessionFor(MODES, { status: 'active' });
    const state = run(started(MODES), 'NEXT', 'REVEAL', ev('END_EARLY', 99));
    const saved = applyToSession(session, state);
    expect(saved).toMatchObject({ id: 's1', status: 'active', currentStep: 4, endedAt: 99 });
    expect(saved.steps.map((s) => s.revealed)).toEqual([true, true, false, false]);
    expect(saved.steps[0]).toHaveProperty('promptIds');
    expect(session.currentStep).toBe(-1);
  });
});

describe('restore in the lobby', () => {
  it('ignores answers and snapshots for a huddle that never started', () => {
    const session = sessionFor(['private']);
    const snapshot = JSON.parse(JSON.stringify(run(started(['private']), 'PASS', 'REVEAL')));
    const state = restore({ session, answers: [{ answered: 3, passed: 0 }], snapshot });
    expect(state).toEqual(restore({ session }));
    expect(isRevealed(state, 0)).toBe(false);
  });
});

describe('drafts: a turn cut short by a reload resumes with the same person', () => {
  const modes: AnswerMode[] = ['round', 'private', 'anonymous'];
  const at = 5;
  const row = (over: Partial<ResponseLike> & Pick<ResponseLike, 'stepIndex'>): ResponseLike => ({
    memberId: null,
    passed: false,
    ...over,
  });
  /** Reloads `state` the way the app does: the Session, the stored rows, the last snapshot. */
  function reloadWith(state: HuddleState, rows: ResponseLike[], withSnapshot = true) {
    return restore({
      session: applyToSession(sessionFor(modes), state),
      answers: tallyResponses(rows, modes.length),
      snapshot: withSnapshot ? JSON.parse(JSON.stringify(checkpoint(state, at))) : undefined,
    });
  }
  const deviceSlot = (state: HuddleState) => {
    const floor = state.progress[state.currentStep]?.floor;
    return floor?.kind === 'device' ? floor.slot : 'not a device step';
  };

  it('tallyResponses leaves drafts out; rows saved before the flag existed count as done', () => {
    const tallies = tallyResponses(
      [
        row({ stepIndex: 0, memberId: 'a' }),
        row({ stepIndex: 0, memberId: 'b', draft: true }),
        row({ stepIndex: 0, memberId: 'c', passed: true }),
        row({ stepIndex: 0, memberId: 'c', draft: true }),
        row({ stepIndex: 1, slot: 7, draft: true }),
        row({ stepIndex: 1, slot: 8 }),
      ],
      2,
    );
    expect(tallies).toEqual([
      { answered: 1, passed: 1, marks: { a: 'answered', c: 'passed' } },
      { answered: 1, passed: 0 },
    ]);
  });

  it('round: the speaker whose words were a draft is still the speaker, not marked', () => {
    // Ana answered; the facilitator chose Cy (out of order) and was typing Cy's words.
    const typing = run(started(modes), 'ANSWER_RECORDED', {
      type: 'CHOOSE_SPEAKER',
      index: 2,
      at: 0,
    });
    expect(currentSpeaker(typing)?.id).toBe(MEMBERS[2]);
    const rows = [
      row({ stepIndex: 0, memberId: MEMBERS[0] }),
      row({ stepIndex: 0, memberId: MEMBERS[2], draft: true }),
    ];
    const state = reloadWith(typing, rows);
    expect(currentSpeaker(state)?.id).toBe(MEMBERS[2]);
    expect(answerTally(state)).toEqual({ answered: 1, passed: 0 });
    // Without a snapshot the round still never counts Cy: the first person due speaks.
    const bare = reloadWith(typing, rows, false);
    expect(currentSpeaker(bare)?.id).toBe(MEMBERS[1]);
    expect(answerTally(bare)).toEqual({ answered: 1, passed: 0 });
  });

  it('private: the writer whose answer was a draft has the same turn again', () => {
    const writing = run(started(modes), 'NEXT', 'PASS', 'BEGIN_TURN');
    expect(currentWriter(writing)?.id).toBe(MEMBERS[1]);
    const state = reloadWith(writing, [
      row({ stepIndex: 1, memberId: MEMBERS[0], passed: true }),
      row({ stepIndex: 1, memberId: MEMBERS[1], draft: true }),
    ]);
    expect(screen(state)).toBe('handoff');
    expect(turn(state)).toBe(1);
    expect(currentWriter(state)?.id).toBe(MEMBERS[1]);
  });

  it('anonymous: the turn comes back with its slot, so its draft can be found again', () => {
    const writing = run(started(modes), 'NEXT', 'NEXT', { type: 'BEGIN_TURN', slot: 42, at: 0 });
    expect(deviceSlot(writing)).toBe(42);
    const state = reloadWith(writing, [row({ stepIndex: 2, slot: 42, draft: true })]);
    expect(screen(state)).toBe('handoff');
    expect(turn(state)).toBe(0);
    expect(deviceSlot(state)).toBe(42);
    // Beginning the turn again keeps its slot rather than the fresh one offered.
    const resumed = transition(state, { type: 'BEGIN_TURN', slot: 7, at: 0 });
    expect(screen(resumed)).toBe('writing');
    expect(deviceSlot(resumed)).toBe(42);
  });

  it('a slot from a snapshot that counted other turns is not trusted', () => {
    const writing = run(started(modes), 'NEXT', 'NEXT', { type: 'BEGIN_TURN', slot: 42, at: 0 });
    // The stored rows say that turn was finished (Done landed, the snapshot did not).
    const state = reloadWith(writing, [row({ stepIndex: 2, slot: 42 })]);
    expect(turn(state)).toBe(1);
    expect(deviceSlot(state)).toBeUndefined();
  });

  it('"Not yet" keeps the turn and its slot; finishing or passing the turn drops the slot', () => {
    const writing = run(started(modes), 'NEXT', 'NEXT', { type: 'BEGIN_TURN', slot: 42, at: 0 });
    const back = run(writing, 'CANCEL_TURN');
    expect(screen(back)).toBe('handoff');
    expect(turn(back)).toBe(0);
    expect(deviceSlot(back)).toBe(42);
    const again = transition(back, { type: 'BEGIN_TURN', slot: 9, at: 0 });
    expect(deviceSlot(again)).toBe(42);
    const done = run(again, 'ANSWER_RECORDED', 'HAND_TO_NEXT');
    expect(turn(done)).toBe(1);
    expect(deviceSlot(done)).toBeUndefined();
    expect(deviceSlot(transition(done, { type: 'BEGIN_TURN', slot: 9, at: 0 }))).toBe(9);
    expect(deviceSlot(run(back, 'PASS'))).toBeUndefined();
  });
});

describe('restore keeps the timer as it was', () => {
  const modes: AnswerMode[] = ['round', 'round', 'private'];
  /** What the app saves at `at` and reads back after a reload at `reloadAt`. */
  function reloadAt(state: HuddleState, at: number, reloadAt: number) {
    return restore({
      session: applyToSession(sessionFor(modes), state),
      answers: [],
      snapshot: JSON.parse(JSON.stringify(checkpoint(state, at))),
      at: reloadAt,
    });
  }

  it('a running clock keeps running and counts the time since the last checkpoint', () => {
    const running = run(started(modes), ev('NEXT', 10_000));
    const restored = reloadAt(running, 20_000, 25_000);
    expect(restored.paused).toBe(false);
    // 10 s counted before the checkpoint, 5 s of reload, and it keeps going.
    expect(remainingMs(restored, 25_000)).toBe(60_000 - 15_000);
    expect(remainingMs(restored, 35_000)).toBe(60_000 - 25_000);
    // Later steps start their clock too: nothing is left paused behind the room's back.
    const next = transition(restored, ev('NEXT', 40_000));
    expect(next.paused).toBe(false);
    expect(next.progress[2]!.timer.runningSince).toBe(40_000);
    expect(remainingMs(next, 50_000)).toBe(50_000);
  });

  it('counts at most MAX_RESTORE_GAP_MS of a long absence', () => {
    const running = run(started(modes), ev('NEXT', 10_000));
    const restored = reloadAt(running, 20_000, 20_000 + 3_600_000);
    const at = 20_000 + 3_600_000;
    expect(remainingMs(restored, at)).toBe(60_000 - 10_000 - MAX_RESTORE_GAP_MS);
  });

  it('a paused clock stays paused, with the time it had', () => {
    const paused = run(started(modes), ev('NEXT', 10_000), ev('PAUSE', 30_000));
    const restored = reloadAt(paused, 40_000, 50_000);
    expect(restored.paused).toBe(true);
    expect(remainingMs(restored, 90_000)).toBe(40_000);
    expect(transition(restored, ev('RESUME', 60_000)).paused).toBe(false);
  });

  it('with no snapshot the clock resumes at the reload rather than staying paused', () => {
    const state = run(started(modes), ev('NEXT', 10_000));
    const restored = restore({
      session: applyToSession(sessionFor(modes), state),
      answers: [],
      at: 70_000,
    });
    expect(restored.paused).toBe(false);
    expect(remainingMs(restored, 80_000)).toBe(50_000);
  });

  it('RESUME_FROM_SAVED uses the time of the event', () => {
    const running = run(started(modes), ev('NEXT', 10_000));
    const saved = {
      session: applyToSession(sessionFor(modes), running),
      answers: [],
      snapshot: JSON.parse(JSON.stringify(checkpoint(running, 20_000))),
    };
    const lobbyState = restore({ session: sessionFor(modes) });
    const restored = transition(lobbyState, { type: 'RESUME_FROM_SAVED', at: 22_000, saved });
    expect(restored.paused).toBe(false);
    expect(remainingMs(restored, 22_000)).toBe(60_000 - 12_000);
  });
});
