import { describe, expect, it } from 'vitest';
import { highlightParts } from '../../../../src/domain/insights/highlight';
import { endOfDay, rangeStart } from '../../../../src/domain/insights/range';

const marked = (text: string, terms: string[]) =>
  highlightParts(text, terms)
    .filter((p) => p.mark)
    .map((p) => p.text);

describe('highlightParts', () => {
  it('marks whole words, any case, keeping every character of the text', () => {
    const text = 'Paperwork again. The paperwork-heavy week; no paperworks.';
    const parts = highlightParts(text, ['paperwork']);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(marked(text, ['paperwork'])).toEqual(['Paperwork', 'paperwork']);
  });

  it('matches spaced and hyphenated spellings and prefers the longest term', () => {
    expect(marked('So much paper work and paper-work', ['paper work', 'paper'])).toEqual([
      'paper work',
      'paper-work',
    ]);
  });

  it('treats terms as text, never as patterns or markup', () => {
    expect(marked('abc and aaa', ['a.c', 'a+'])).toEqual([]);
    expect(marked('a (b) c+ here', ['(b)', 'c+'])).toEqual(['(b)', 'c+']);
    expect(marked('cost (b) here', ['b'])).toEqual(['b']);
    expect(highlightParts('<script>', [])).toEqual([{ text: '<script>', mark: false }]);
  });
});

describe('ranges', () => {
  const now = new Date(2026, 4, 20, 15, 0).getTime();
  it('starts a range at the start of the period N months back', () => {
    expect(rangeStart('3m', 'month', now)).toBe(new Date(2026, 1, 1).getTime());
    expect(rangeStart('12m', 'quarter', now)).toBe(new Date(2025, 3, 1).getTime());
    expect(new Date(rangeStart('6m', 'week', now) ?? 0).getDay()).toBe(1);
    expect(rangeStart('all', 'month', now)).toBeUndefined();
  });
  it('ends with today', () => {
    expect(endOfDay(now)).toBe(new Date(2026, 4, 21).getTime() - 1);
  });
});
