import { useInsightsDataVersion } from '../../db/insightsHooks';
import type { TeamInsights } from '../../domain/insights/types';
import type { Team } from '../../domain/types';
import { FollowThroughSection } from './FollowThroughSection';
import type { InsightsScope } from './InsightsRoute';
import { useInsightsServices } from './InsightsServices';
import type { InsightsView } from './insightsParams';
import { PulseSection } from './PulseSection';
import { ThemesSection } from './ThemesSection';
import { useComputation } from './useComputation';

/** One team: its themes, its pillar and pulse trends, and its follow-through. */
export function TeamView({
  team,
  scope,
  onChange,
}: {
  team: Team;
  scope: InsightsScope;
  onChange: (patch: Partial<InsightsView>) => void;
}) {
  const services = useInsightsServices();
  const version = useInsightsDataVersion();
  const { pillar, period } = scope.view;
  const request = {
    teamId: team.id,
    period,
    to: scope.to,
    ...(scope.from === undefined ? {} : { from: scope.from }),
    ...(pillar ? { pillar } : {}),
  };
  // Recomputed when the view changes or an answer or commitment is written.
  const key = version === undefined ? null : `${JSON.stringify(request)}|${version}`;
  const insights = useComputation<TeamInsights>(key, team.id, (onProgress, onStale) =>
    services.teamInsights(request, onProgress, {
      cache: { view: scope.view.range, ...(version ? { dataVersion: version } : {}) },
      onStale,
    }),
  );

  return (
    <>
      <nav className="insights-jump" aria-label="On this page">
        <ul>
          <li>
            <a href="#insights-themes">Themes</a>
          </li>
          <li>
            <a href="#insights-pulse">Pillars and pulse</a>
          </li>
          <li>
            <a href="#insights-follow">Follow-through</a>
          </li>
        </ul>
      </nav>
      <ThemesSection team={team} scope={scope} version={version} onChange={onChange} />
      <PulseSection state={insights} period={period} />
      <FollowThroughSection state={insights} period={period} />
    </>
  );
}
