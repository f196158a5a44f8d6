import { describe, expect, it } from 'vitest';
import { timeBoxText } from '../../../../src/domain/huddle/agenda';

describe('timeBoxText', () => {
  it('is exact, so the agenda never promises more time than the timer gives', () => {
    expect(timeBoxText(150)).toBe('2½ min');
    expect(timeBoxText(180)).toBe('3 min');
    expect(timeBoxText(30)).toBe('30 s');
    expect(timeBoxText(90)).toBe('1½ min');
    expect(timeBoxText(80)).toBe('1 min 20 s');
    expect(timeBoxText(3600)).toBe('60 min');
    expect(timeBoxText(Number.NaN)).toBe('0 s');
  });
});
