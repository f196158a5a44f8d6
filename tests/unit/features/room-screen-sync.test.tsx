// The room screen's pure rules: how presenter messages fold into what it shows, the timer, and
// what it may show of a step's answers.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Response } from '../../../src/domain/types';
import {
  finishedRows,
  mayShowAnswers,
  roomAnswers,
} from '../../../src/features/room-screen/answers';
import type { RoomState } from '../../../src/lib/presenterChannel';
import {
  applyPresenterMessage,
  formatMinutesSeconds,
  isRoomState,
  ROOM_SNAPSHOT_KEY,
  readRoomSnapshot,
  secondsLeft,
  timerRemainingAt,
  writeRoomSnapshot,
} from '../../../src/lib/presenterSync';

const state = (patch: Partial<RoomState> = {}): RoomState => ({
  sessionId: 's1',
  currentStep: 0,
  timer: null,
  groundingSince: null,
  someoneWriting: false,
  sentAt: 1000,
  ...patch,
});

describe('presenter messages', () => {
  it('takes a valid state and ignores a malformed one', () => {
    const first = applyPresenterMessage(null, { type: 'state', state: state() });
    expect(first).toEqual({ state: state(), ended: false });
    const bad = { ...state(), someoneWriting: 'no' } as unknown as RoomState;
    expect(applyPresenterMessage(first, { type: 'state', state: bad })).toBe(first);
    expect(isRoomState({ ...state(), timer: { remainingMs: 'x', at: 1, running: true } })).toBe(
      false,
    );
    expect(isRoomState({ ...state(), sessionId: '' })).toBe(false);
  });

  it('ignores an older state of the same huddle but follows a different huddle', () => {
    const shown = { state: state({ sentAt: 2000, currentStep: 2 }), ended: false };
    expect(applyPresenterMessage(shown, { type: 'state', state: state({ sentAt: 1500 }) })).toBe(
      shown,
    );
    const other = state({ sessionId: 's2', sentAt: 10 });
    expect(applyPresenterMessage(shown, { type: 'state', state: other })?.state).toEqual(other);
  });

  it('ends only the huddle on screen; hello changes nothing', () => {
    const shown = { state: state(), ended: false };
    expect(applyPresenterMessage(shown, { type: 'ended', sessionId: 'other' })).toBe(shown);
    expect(applyPresenterMessage(shown, { type: 'hello' })).toBe(shown);
    expect(applyPresenterMessage(null, { type: 'ended', sessionId: 's1' })).toBeNull();
    expect(applyPresenterMessage(shown, { type: 'ended', sessionId: 's1' })).toEqual({
      state: state(),
      ended: true,
    });
  });
});

describe('the kept snapshot', () => {
  beforeEach(() => sessionStorage.clear());

  it('round-trips and tolerates anything else in storage', () => {
    writeRoomSnapshot({ state: state(), ended: true });
    expect(readRoomSnapshot()).toEqual({ state: state(), ended: true });
    sessionStorage.setItem(ROOM_SNAPSHOT_KEY, '{not json');
    expect(readRoomSnapshot()).toBeNull();
    sessionStorage.setItem(ROOM_SNAPSHOT_KEY, JSON.stringify({ state: { sessionId: 1 } }));
    expect(readRoomSnapshot()).toBeNull();
    writeRoomSnapshot(null);
    expect(sessionStorage.getItem(ROOM_SNAPSHOT_KEY)).toBeNull();
  });
});

describe('the timer', () => {
  it('counts down from when the state was sent, and not while paused', () => {
    expect(timerRemainingAt({ remainingMs: 60_000, at: 1000, running: true }, 11_000)).toBe(50_000);
    expect(timerRemainingAt({ remainingMs: 60_000, at: 1000, running: false }, 11_000)).toBe(
      60_000,
    );
    expect(secondsLeft(59_001)).toBe(60);
    expect(formatMinutesSeconds(secondsLeft(95_000))).toBe('01:35');
    expect(formatMinutesSeconds(0)).toBe('00:00');
    expect(formatMinutesSeconds(3600 + 5)).toBe('60:05');
  });
});

describe('what the room may show', () => {
  const text = { kind: 'text' } as const;
  const scale = { kind: 'scale' } as const;

  it('waits for the reveal except on spoken rounds, and never while someone writes', () => {
    for (const mode of ['private', 'anonymous', 'pulse'] as const) {
      expect(mayShowAnswers({ mode, revealed: false }, text, false)).toBe(false);
      expect(mayShowAnswers({ mode, revealed: true }, text, false)).toBe(true);
      expect(mayShowAnswers({ mode, revealed: true }, text, true)).toBe(false);
    }
    expect(mayShowAnswers({ mode: 'round', revealed: false }, text, false)).toBe(true);
    // Ratings show only as a spread, and only once revealed, even in a round.
    expect(mayShowAnswers({ mode: 'round', revealed: false }, scale, false)).toBe(false);
    expect(mayShowAnswers({ mode: 'round', revealed: true }, scale, true)).toBe(false);
  });

  const row = (id: string, patch: Partial<Response>): Response => ({
    id,
    sessionId: 's1',
    teamId: 't1',
    stepIndex: 0,
    promptId: 'p1',
    pillar: 'power',
    memberId: null,
    passed: false,
    createdAt: Number(id.slice(1)),
    updatedAt: 0,
    ...patch,
  });
  const rows = [
    row('r1', { text: 'First written', memberId: 'm1' }),
    row('r2', { text: 'Second written', memberId: 'm2' }),
    row('r3', { passed: true, memberId: 'm3' }),
    row('r4', { text: '   ' }),
    row('r5', { feelings: ['calm'], text: 'Third' }),
    row('r6', { text: 'Fourth written', memberId: 'g1' }),
  ];
  const nameOf = (id: string) => ({ m1: 'Ana', m2: 'Ben', g1: 'Dee' })[id];

  it('counts passes, drops blanks, and names people only on rounds', () => {
    const round = roomAnswers(rows, { mode: 'round', seed: 'x', nameOf });
    expect(round.passed).toBe(1);
    expect(round.cards.map((c) => [c.text, c.name])).toEqual([
      ['First written', 'Ana'],
      ['Second written', 'Ben'],
      ['Third', null],
      ['Fourth written', 'Dee'],
    ]);
    for (const mode of ['private', 'anonymous'] as const) {
      const cards = roomAnswers(rows, { mode, seed: 'x', nameOf }).cards;
      expect(cards).toHaveLength(4);
      expect(cards.every((c) => c.name === null)).toBe(true);
    }
  });

  it('orders unattributed answers by seed alone, whatever order they were saved in', () => {
    const orders = [rows, [...rows].reverse(), [rows[3]!, rows[0]!, rows[5]!, rows[1]!, rows[4]!]];
    const texts = orders.map((list) =>
      roomAnswers(list, { mode: 'anonymous', seed: 'session:2:p1', nameOf }).cards.map(
        (c) => c.text,
      ),
    );
    expect(texts[1]).toEqual(texts[0]);
    expect(texts[2]).toEqual(texts[0]);
    const seeds = ['a', 'b', 'c', 'd', 'e', 'f'].map((seed) =>
      roomAnswers(rows, { mode: 'anonymous', seed, nameOf })
        .cards.map((c) => c.text)
        .join('|'),
    );
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });
});

describe('finished rows only', () => {
  const row = (patch: Partial<Response>): Response => ({
    id: 'r',
    sessionId: 's1',
    teamId: 't1',
    stepIndex: 0,
    promptId: 'p1',
    pillar: 'power',
    memberId: 'ana',
    passed: false,
    text: 'x',
    createdAt: 1,
    updatedAt: 1,
    ...patch,
  });

  it('a round shows only the answers of turns that are done', () => {
    const rows = [row({ id: 'a', memberId: 'ana' }), row({ id: 'b', memberId: 'ben' })];
    expect(finishedRows(rows, 'round', ['ana']).map((r) => r.id)).toEqual(['a']);
    expect(finishedRows(rows, 'round', undefined)).toEqual([]);
  });

  it('drops a draft in every mode, and leaves other modes to the reveal rule', () => {
    const rows = [row({ id: 'a', memberId: null }), row({ id: 'b', memberId: null, draft: true })];
    expect(finishedRows(rows, 'anonymous', undefined).map((r) => r.id)).toEqual(['a']);
    expect(finishedRows([row({ id: 'c', draft: true })], 'round', ['ana'])).toEqual([]);
  });

  it('a room state may carry done turns, as strings only', () => {
    expect(isRoomState(state({ doneTurns: ['ana', 'g-1'] }))).toBe(true);
    expect(isRoomState({ ...state(), doneTurns: [1] })).toBe(false);
  });
});
