import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  actionById,
  actionForKey,
  eventFor,
  isActionEnabled,
} from '../../../../src/domain/huddle/actions';
import { transition } from '../../../../src/domain/huddle/machine';
import { isPaused } from '../../../../src/domain/huddle/selectors';
import { lobby, run, started } from './fixtures';

describe('ACTIONS', () => {
  it('has unique ids and no key bound twice', () => {
    const ids = ACTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = ACTIONS.flatMap((a) => a.keys.map((k) => (k.length === 1 ? k.toLowerCase() : k)));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('binds the agreed default keys', () => {
    expect(actionForKey('n')?.id).toBe('next');
    expect(actionForKey('ArrowRight')?.id).toBe('next');
    expect(actionForKey('b')?.id).toBe('back');
    expect(actionForKey('ArrowLeft')?.id).toBe('back');
    expect(actionForKey('p')?.id).toBe('pass');
    expect(actionForKey('r')?.id).toBe('reveal');
    expect(actionForKey('g')?.id).toBe('grounding');
    expect(actionForKey('N')?.id).toBe('next');
    expect(actionForKey('arrowright')).toBeUndefined();
    expect(actionForKey('z')).toBeUndefined();
  });

  it('leaves ending the huddle and starting it off the keyboard', () => {
    expect(actionById('end-early').keys).toEqual([]);
    expect(actionById('start').keys).toEqual([]);
  });

  it('grounding and help are UI only: no event, always available', () => {
    const state = started(['round']);
    for (const id of ['grounding', 'help'] as const) {
      expect(eventFor(actionById(id), state, 0)).toBeNull();
      expect(isActionEnabled(actionById(id), state, 0)).toBe(true);
    }
  });

  it('every other action builds an event the machine knows, stamped with the time', () => {
    const state = started(['private']);
    for (const action of ACTIONS.filter((a) => a.toEvent)) {
      const event = eventFor(action, state, 42);
      expect(event?.at, action.id).toBe(42);
      expect(() => transition(state, event!)).not.toThrow();
    }
  });

  it('toggle-pause pauses a running timer and resumes a paused one', () => {
    const toggle = actionById('toggle-pause');
    const paused = transition(started(['round']), eventFor(toggle, started(['round']), 5)!);
    expect(isPaused(paused)).toBe(true);
    expect(eventFor(toggle, paused, 9)).toEqual({ type: 'RESUME', at: 9 });
  });

  it('enabled means the event would do something', () => {
    expect(isActionEnabled(actionById('start'), lobby(['round']), 0)).toBe(true);
    expect(isActionEnabled(actionById('start'), lobby(['round'], []), 0)).toBe(false);
    expect(isActionEnabled(actionById('back'), started(['round', 'round']), 0)).toBe(false);
    expect(isActionEnabled(actionById('reveal'), started(['anonymous']), 0)).toBe(true);
    expect(
      isActionEnabled(actionById('reveal'), run(started(['anonymous']), 'BEGIN_TURN'), 0),
    ).toBe(false);
    expect(() => actionById('nope' as never)).toThrow();
  });
});
