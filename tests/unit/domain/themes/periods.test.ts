import { describe, expect, it } from 'vitest';
import { analyseThemes } from '../../../../src/domain/themes/analyse';
import {
  nextPeriodStart,
  periodAxis,
  periodLabel,
  periodStart,
} from '../../../../src/domain/themes/periods';
import { answer } from './fixtures';

const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();

describe('periods', () => {
  it('starts weeks on Monday at local midnight', () => {
    // Sunday 1 February 2026 is in the week of Monday 26 January; Monday 2 February starts anew.
    expect(periodStart(at(2026, 2, 1, 23), 'week')).toBe(new Date(2026, 0, 26).getTime());
    expect(periodStart(at(2026, 2, 2, 0), 'week')).toBe(new Date(2026, 1, 2).getTime());
    expect(periodStart(new Date(2026, 1, 2).getTime(), 'week')).toBe(
      new Date(2026, 1, 2).getTime(),
    );
  });

  it('labels ISO weeks, including across the turn of the year', () => {
    expect(periodLabel(new Date(2026, 0, 26).getTime(), 'week')).toBe('2026-W05');
    // Thursday 1 January 2026 makes the week of Monday 29 December 2025 week 1 of 2026.
    expect(periodLabel(periodStart(at(2026, 1, 1), 'week'), 'week')).toBe('2026-W01');
    expect(periodLabel(periodStart(at(2027, 1, 1), 'week'), 'week')).toBe('2026-W53');
    expect(periodLabel(periodStart(at(2021, 1, 3), 'week'), 'week')).toBe('2020-W53');
  });

  it('labels months and quarters', () => {
    expect(periodLabel(periodStart(at(2026, 3, 31), 'month'), 'month')).toBe('Mar 2026');
    expect(periodStart(at(2026, 3, 31), 'quarter')).toBe(new Date(2026, 0, 1).getTime());
    expect(periodLabel(periodStart(at(2026, 3, 31), 'quarter'), 'quarter')).toBe('Q1 2026');
    expect(periodLabel(periodStart(at(2026, 4, 1), 'quarter'), 'quarter')).toBe('Q2 2026');
    expect(periodLabel(periodStart(at(2025, 12, 31), 'quarter'), 'quarter')).toBe('Q4 2025');
    expect(nextPeriodStart(new Date(2025, 9, 1).getTime(), 'quarter')).toBe(
      new Date(2026, 0, 1).getTime(),
    );
  });

  it('steps through a daylight-saving change without drifting off midnight', () => {
    const axis = periodAxis(at(2026, 3, 1), at(2026, 4, 30), 'week');
    for (const start of axis.starts) {
      const d = new Date(start);
      expect([d.getDay(), d.getHours(), d.getMinutes()]).toEqual([1, 0, 0]);
    }
  });

  it('fills every period of the analysed range with a count, zeros included', () => {
    const answers = [
      answer('Supervision helped me untangle a hard case', at(2026, 1, 6), 'a'),
      answer('Missed supervision because of the court date', at(2026, 1, 7), 'b'),
      answer('Good supervision makes me braver with families', at(2026, 2, 3), 'c'),
      answer('I asked for more supervision time', at(2026, 3, 17), 'd'),
    ];
    const month = analyseThemes(answers, { period: 'month' });
    expect(month.periods.map((p) => p.label)).toEqual(['Jan 2026', 'Feb 2026', 'Mar 2026']);
    const theme = month.themes.find((t) => t.label === 'supervision');
    expect(theme?.series.map((s) => [s.label, s.count])).toEqual([
      ['Jan 2026', 2],
      ['Feb 2026', 1],
      ['Mar 2026', 1],
    ]);

    const week = analyseThemes(answers, { period: 'week' });
    expect(week.periods).toHaveLength(11); // 2026-W02 … 2026-W12
    expect(week.periods[0]?.label).toBe('2026-W02');
    const series = week.themes.find((t) => t.label === 'supervision')?.series ?? [];
    expect(series.map((s) => s.count)).toEqual([2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1]);

    const quarter = analyseThemes(answers, {
      period: 'quarter',
      from: at(2025, 11, 1),
      to: at(2026, 6, 30),
    });
    expect(quarter.periods.map((p) => p.label)).toEqual(['Q4 2025', 'Q1 2026', 'Q2 2026']);
    expect(quarter.themes[0]?.series.map((s) => s.count)).toEqual([0, 4, 0]);
  });
});
