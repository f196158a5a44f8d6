// The report's team and period live in the address (/reports?team=…&from=…&to=…), so a report
// can be bookmarked and printed again later.

export interface ReportParams {
  teamId: string;
  /** yyyy-mm-dd, local calendar dates, both inclusive. */
  from: string;
  to: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight at the start of a yyyy-mm-dd day, `days` later; undefined when not a date. */
export function localMidnight(iso: string, days = 0): number | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(y, m - 1, d + days);
  return Number.isNaN(date.getTime()) ? undefined : date.getTime();
}

export function toIsoDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The last three months up to today, when the address names no period. */
export function defaultPeriod(today: number): Pick<ReportParams, 'from' | 'to'> {
  const d = new Date(today);
  return {
    from: toIsoDate(new Date(d.getFullYear(), d.getMonth() - 3, d.getDate()).getTime()),
    to: toIsoDate(today),
  };
}

export function readReportParams(params: URLSearchParams, today: number): ReportParams {
  const fallback = defaultPeriod(today);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    teamId: params.get('team') ?? '',
    from: ISO_DATE.test(from) ? from : fallback.from,
    to: ISO_DATE.test(to) ? to : fallback.to,
  };
}

export function writeReportParams(values: ReportParams): URLSearchParams {
  return new URLSearchParams({ team: values.teamId, from: values.from, to: values.to });
}

/** [start of `from`, start of the day after `to`): both days are included. */
export function periodRange(values: ReportParams): { from: number; to: number } | null {
  const from = localMidnight(values.from);
  const to = localMidnight(values.to, 1);
  if (from === undefined || to === undefined || to <= from) return null;
  return { from, to };
}
