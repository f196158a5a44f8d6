// One team's row of the cross-team overview: each pillar's "walking the talk" rating and the
// workplace pulse over the whole range, with the same privacy floor as a single team's view.
import { pulseDistribution } from '../huddle/pulse';
import { PILLARS, type Pillar } from '../types';
import { pulseItem } from './pulseItems';
import type { RatingRow } from './pulseTrends';
import type { TeamOverview } from './types';

export interface OverviewRatings {
  pillars: Record<Pillar, number[]>;
  pulse: number[];
}

export function emptyOverviewRatings(): OverviewRatings {
  return {
    pillars: { relationships: [], learning: [], play: [], power: [], parallel: [] },
    pulse: [],
  };
}

/** Sorts one rating into its pillar column or the pooled pulse; other prompts are ignored. */
export function addOverviewRating(into: OverviewRatings, row: RatingRow): void {
  const item = pulseItem(row.promptId);
  if (!item) return;
  if (item.kind === 'pillar-rating') into.pillars[item.pillar].push(row.rating);
  else into.pulse.push(row.rating);
}

export function overviewRow(
  team: { id: string; name: string },
  huddles: number,
  ratings: OverviewRatings,
  followThrough: TeamOverview['followThrough'],
  threshold?: number,
): TeamOverview {
  const pillars = Object.fromEntries(
    PILLARS.map((p) => [p, pulseDistribution(ratings.pillars[p], threshold)]),
  ) as TeamOverview['pillars'];
  return {
    teamId: team.id,
    name: team.name,
    huddles,
    pillars,
    pulse: pulseDistribution(ratings.pulse, threshold),
    followThrough,
  };
}
