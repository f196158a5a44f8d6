// The page's controls as they live in the address (?team=…&pillar=…&period=…&range=…&theme=…),
// so Back from a huddle summary returns to the same view and a view can be bookmarked.
import { isPeriod, isRange, type Range } from '../../domain/insights/range';
import { isPillar } from '../../domain/pillars';
import type { Period } from '../../domain/themes/types';
import type { Pillar } from '../../domain/types';

/** The team select's value for the cross-team overview. */
export const ALL_TEAMS = 'all';

export interface InsightsView {
  /** A team id, ALL_TEAMS, or '' (not chosen yet: the page picks a sensible default). */
  team: string;
  pillar: Pillar | '';
  period: Period;
  range: Range;
  /** Key of the theme whose answers are open, or ''. */
  theme: string;
}

export const DEFAULT_PERIOD: Period = 'month';
export const DEFAULT_RANGE: Range = '6m';

export function readView(params: URLSearchParams): InsightsView {
  const pillar = params.get('pillar');
  const period = params.get('period');
  const range = params.get('range');
  return {
    team: params.get('team') ?? '',
    pillar: isPillar(pillar) ? pillar : '',
    period: isPeriod(period) ? period : DEFAULT_PERIOD,
    range: isRange(range) ? range : DEFAULT_RANGE,
    theme: params.get('theme') ?? '',
  };
}

/** The address after a change; defaults are left out so plain links stay short. */
export function writeView(view: InsightsView): URLSearchParams {
  const out = new URLSearchParams();
  if (view.team) out.set('team', view.team);
  if (view.pillar) out.set('pillar', view.pillar);
  if (view.period !== DEFAULT_PERIOD) out.set('period', view.period);
  if (view.range !== DEFAULT_RANGE) out.set('range', view.range);
  if (view.theme) out.set('theme', view.theme);
  return out;
}

/** `?…` for a link to the same view with some controls changed. */
export function viewSearch(view: InsightsView, patch: Partial<InsightsView>): string {
  const search = writeView({ ...view, ...patch }).toString();
  return search ? `?${search}` : '';
}
