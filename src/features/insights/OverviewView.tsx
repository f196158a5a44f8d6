import { useInsightsDataVersion, useMinHuddles } from '../../db/insightsHooks';
import { HeatMap } from './HeatMap';
import type { InsightsScope } from './InsightsRoute';
import { useInsightsServices } from './InsightsServices';
import { OverviewThemes } from './OverviewThemes';
import { Progress } from './Progress';
import { useComputation } from './useComputation';

/** Every team side by side: pillar ratings, pulse, follow-through and top recurring themes. */
export function OverviewView({ scope }: { scope: InsightsScope }) {
  const services = useInsightsServices();
  const version = useInsightsDataVersion();
  const minHuddles = useMinHuddles();
  const { period, pillar } = scope.view;
  const request = {
    period,
    to: scope.to,
    ...(scope.from === undefined ? {} : { from: scope.from }),
    ...(pillar ? { pillar } : {}),
  };
  const key = version === undefined ? null : `${JSON.stringify(request)}|${version}`;
  const state = useComputation(key, 'overview', (onProgress) =>
    services.overview(request, onProgress),
  );
  const overview = state.value;

  return (
    <>
      <section className="insights-section" aria-labelledby="overview-heat">
        <h2 id="overview-heat">All teams side by side</h2>
        {state.running && <Progress label="Comparing teams" fraction={state.progress} />}
        {state.error && (
          <p className="error-message" role="alert">
            {state.error}
          </p>
        )}
        {overview && overview.teams.length === 0 && (
          <p className="insights-note">No active teams to compare.</p>
        )}
        {overview && overview.teams.length > 0 && (
          <HeatMap overview={overview} view={scope.view} pillar={pillar} />
        )}
      </section>
      {overview && overview.teams.length > 0 && minHuddles !== undefined && version && (
        <OverviewThemes
          teams={overview.teams}
          scope={scope}
          minHuddles={minHuddles}
          version={version}
        />
      )}
    </>
  );
}
