// Live hooks of the Insights page over the reads in insights.ts. Kept apart from insights.ts so
// the insights worker, which imports the aggregations there, never bundles React.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ResponseTheme, Team } from '../domain/types';
import { db } from './db';
import {
  countHuddlesEver,
  listInsightsTeams,
  readDataVersion,
  readMinHuddles,
  readThemeInputs,
  type ThemeInputs,
} from './insights';

export function useInsightsTeams(): Team[] | undefined {
  return useLiveQuery(listInsightsTeams, []);
}

/** Huddles ever run by the team (or by any team, for null); undefined while loading. */
export function useHuddleCount(teamId: string | null): number | undefined {
  return useLiveQuery(() => countHuddlesEver(teamId), [teamId]);
}

/** See readDataVersion: a string that changes with every answer or commitment written. */
export function useInsightsDataVersion(): string | undefined {
  return useLiveQuery(readDataVersion, []);
}

export function useThemeInputs(teamId: string | null): ThemeInputs | undefined {
  return useLiveQuery(
    async () =>
      teamId
        ? readThemeInputs(teamId)
        : { themes: [], curated: [], hiddenKeys: [], pinnedKeys: [] },
    [teamId],
  );
}

/** The hand tags of these answers, live (so tagging in the drill-down shows at once). */
export function useAnswerTags(responseIds: readonly string[]): ResponseTheme[] | undefined {
  const key = responseIds.join('\n');
  return useLiveQuery(
    async () => (key ? db.responseThemes.where('responseId').anyOf(key.split('\n')).toArray() : []),
    [key],
  );
}

/** The minimum huddles a theme must come from before it is shown (never below 3). */
export function useMinHuddles(): number | undefined {
  return useLiveQuery(readMinHuddles, []);
}
