import { describe, expect, it } from 'vitest';
import { agenda, upNext } from '../../../../src/domain/huddle/agenda';
import { ev, lobby, run, started } from './fixtures';

const statuses = (s: Parameters<typeof agenda>[0]) => agenda(s).map((item) => item.status);

describe('agenda', () => {
  it('in the lobby every step is upcoming and the first one is up next', () => {
    const state = lobby(['round', 'private']);
    expect(statuses(state)).toEqual(['upcoming', 'upcoming']);
    expect(upNext(state)).toEqual({ kind: 'step', index: 0, title: 'Step 1 (round)' });
  });

  it('shows done, skipped, current and upcoming as the huddle goes', () => {
    const state = run(started(['round', 'private', 'pulse', 'round']), 'NEXT', 'SKIP');
    expect(statuses(state)).toEqual(['done', 'skipped', 'current', 'upcoming']);
    expect(upNext(state)).toEqual({ kind: 'step', index: 3, title: 'Step 4 (round)' });
  });

  it('the summary comes after the last step', () => {
    expect(upNext(run(started(['round', 'round']), 'NEXT'))).toEqual({ kind: 'summary' });
  });

  it('after going back, later steps keep how they were left', () => {
    const state = run(started(['round', 'round', 'round']), 'NEXT', 'SKIP', 'BACK', 'BACK');
    expect(statuses(state)).toEqual(['current', 'skipped', 'upcoming']);
  });

  it('on the summary: nothing is current, unreached steps are marked so, and nothing is next', () => {
    const state = run(started(['round', 'private', 'pulse']), 'SKIP', 'END_EARLY');
    expect(statuses(state)).toEqual(['skipped', 'done', 'not-reached']);
    expect(upNext(state)).toBeNull();
  });

  it('a step that ran over says so', () => {
    const state = run(started(['round', 'round']), ev('NEXT', 61_000));
    expect(agenda(state).map((a) => a.wentOver)).toEqual([true, false]);
    expect(agenda(state)[0]).toMatchObject({ index: 0, mode: 'round', kind: 'prompts' });
  });
});
