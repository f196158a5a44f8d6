// The history filters as they live in the address (?team=…&pillar=…&status=…&from=…&to=…&q=…),
// so Back from a summary returns to the same list, and a filtered view can be bookmarked.
import type { HistoryFilter } from '../../db/history';
import { isPillar } from '../../domain/pillars';
import type { Pillar, SessionStatus } from '../../domain/types';
import type { SearchFilters } from '../../workers/searchProtocol';

export interface HistoryFilterValues {
  teamId: string;
  status: SessionStatus | '';
  pillar: Pillar | '';
  /** yyyy-mm-dd (local calendar dates, as a date input gives them) or ''. */
  from: string;
  to: string;
}

export const NO_FILTERS: HistoryFilterValues = {
  teamId: '',
  status: '',
  pillar: '',
  from: '',
  to: '',
};

export const STATUSES: SessionStatus[] = ['completed', 'active', 'abandoned'];

export function isSessionStatus(value: string | null): value is SessionStatus {
  return value !== null && (STATUSES as string[]).includes(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDate(value: string | null): string {
  return value && ISO_DATE.test(value) ? value : '';
}

/** Local midnight at the start of a yyyy-mm-dd day, `days` later; undefined for ''. */
function localMidnight(iso: string, days = 0): number | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return new Date(y, m - 1, d + days).getTime();
}

const KEYS = {
  teamId: 'team',
  status: 'status',
  pillar: 'pillar',
  from: 'from',
  to: 'to',
} as const satisfies Record<keyof HistoryFilterValues, string>;

export function readFilters(params: URLSearchParams): HistoryFilterValues {
  const status = params.get(KEYS.status);
  const pillar = params.get(KEYS.pillar);
  return {
    teamId: params.get(KEYS.teamId) ?? '',
    status: isSessionStatus(status) ? status : '',
    pillar: isPillar(pillar) ? pillar : '',
    from: isoDate(params.get(KEYS.from)),
    to: isoDate(params.get(KEYS.to)),
  };
}

/** The address after a filter change; other parameters (the search text) are kept. */
export function writeFilters(params: URLSearchParams, next: HistoryFilterValues): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const [field, key] of Object.entries(KEYS) as [keyof HistoryFilterValues, string][]) {
    if (next[field]) out.set(key, next[field]);
    else out.delete(key);
  }
  return out;
}

export function isFiltered(values: HistoryFilterValues): boolean {
  return Object.values(values).some(Boolean);
}

/** What the database query takes: the "to" day is included, up to its last millisecond. */
export function toHistoryFilter(values: HistoryFilterValues): HistoryFilter {
  const from = localMidnight(values.from);
  const to = localMidnight(values.to, 1);
  return {
    ...(values.teamId ? { teamId: values.teamId } : {}),
    ...(values.status ? { status: values.status } : {}),
    ...(values.pillar ? { pillar: values.pillar } : {}),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  };
}

/** The filters a search honours (a huddle's status changes, so the index does not keep it). */
export function toSearchFilters(values: HistoryFilterValues): SearchFilters {
  const { status: _status, ...rest } = toHistoryFilter(values);
  return rest;
}

/** A stable key for "the same filters" (effects and list state depend on it). */
export function filterKey(values: HistoryFilterValues): string {
  return [values.teamId, values.status, values.pillar, values.from, values.to].join('|');
}
