import { describe, expect, it } from 'vitest';
import { createHuddle } from '../../../../src/domain/huddle/create';
import { can, transition } from '../../../../src/domain/huddle/machine';
import { participantCount, participants } from '../../../../src/domain/huddle/participants';
import { phase, remainingMs } from '../../../../src/domain/huddle/selectors';
import { ev, lobby, MEMBERS, SIMPLE_EVENTS, stepDefs } from './fixtures';

const GUEST = { id: 'g-dee', name: 'Dee (visiting)' };

describe('lobby', () => {
  it('creates a huddle in the lobby with only the step fields the machine needs', () => {
    const sessionStep = { ...stepDefs(['round'])[0]!, promptIds: ['p1'], revealed: false };
    const state = createHuddle({ steps: [sessionStep], attendance: ['m1'] });
    expect(phase(state)).toBe('lobby');
    expect(state.currentStep).toBe(-1);
    expect(state.steps[0]).not.toHaveProperty('promptIds');
    expect(state.progress).toHaveLength(1);
    expect(remainingMs(state, 0)).toBeNull();
  });

  it('SET_ATTENDANCE replaces members and guests, dropping duplicates', () => {
    const state = transition(lobby(['round'], []), {
      type: 'SET_ATTENDANCE',
      at: 0,
      attendance: ['m1', 'm2', 'm1'],
      guests: [GUEST, GUEST, { id: 'm2', name: 'clash' }],
    });
    expect(state.attendance).toEqual(['m1', 'm2']);
    expect(state.guests).toEqual([GUEST]);
    expect(participants(state)).toEqual([
      { kind: 'member', id: 'm1' },
      { kind: 'member', id: 'm2' },
      { kind: 'guest', id: 'g-dee' },
    ]);
  });

  it('SET_ATTENDANCE with the same people is a no-op (same object)', () => {
    const state = lobby(['round'], ['m1'], [GUEST]);
    const same = { type: 'SET_ATTENDANCE', at: 0, attendance: ['m1'], guests: [GUEST] } as const;
    expect(transition(state, same)).toBe(state);
  });

  it('cannot START with nobody present', () => {
    const empty = lobby(['round'], []);
    expect(transition(empty, ev('START'))).toBe(empty);
    expect(can(empty, ev('START'))).toBe(false);
  });

  it('a guest alone is enough to START', () => {
    const state = transition(lobby(['round'], [], [GUEST]), ev('START', 5));
    expect(phase(state)).toBe('step');
    expect(participantCount(state)).toBe(1);
  });

  it('cannot START a plan with no steps', () => {
    const state = createHuddle({ steps: [], attendance: ['m1'] });
    expect(transition(state, ev('START'))).toBe(state);
  });

  it('START enters the first step, starts its clock and records the start time', () => {
    const state = transition(lobby(['round', 'private']), ev('START', 1_000));
    expect(state.currentStep).toBe(0);
    expect(state.startedAt).toBe(1_000);
    expect(state.progress[0]!.visited).toBe(true);
    expect(state.progress[0]!.timer.runningSince).toBe(1_000);
    expect(state.progress[1]!.visited).toBe(false);
    expect(remainingMs(state, 11_000)).toBe(50_000);
  });

  it('every other event is a no-op in the lobby', () => {
    const state = lobby(['round', 'private']);
    for (const type of SIMPLE_EVENTS.filter((t) => t !== 'START')) {
      expect(transition(state, ev(type)), type).toBe(state);
      expect(can(state, ev(type)), type).toBe(false);
    }
    expect(transition(state, { type: 'CHOOSE_SPEAKER', at: 0, index: 1 })).toBe(state);
  });

  it('attendance is frozen once started', () => {
    const state = transition(lobby(['round']), ev('START'));
    const change = { type: 'SET_ATTENDANCE', at: 0, attendance: ['x'], guests: [] } as const;
    expect(transition(state, change)).toBe(state);
    expect(state.attendance).toEqual(MEMBERS);
  });
});
