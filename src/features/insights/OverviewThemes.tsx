import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { readThemeInputs } from '../../db/insights';
import type { TeamOverview } from '../../domain/insights/types';
import type { ThemeResult } from '../../domain/themes/types';
import { UserText } from '../../ui/UserText';
import { plural } from './format';
import type { InsightsScope } from './InsightsRoute';
import { useInsightsServices } from './InsightsServices';
import { viewSearch } from './insightsParams';
import { Progress } from './Progress';

const TOP = 3;

type TopThemes = Record<string, ThemeResult[] | 'failed'>;

/**
 * The three strongest recurring themes of each team. Teams are analysed one after another (the
 * theme worker does one at a time anyway), and each list shows as soon as it is ready.
 */
export function OverviewThemes({
  teams,
  scope,
  minHuddles,
  version,
}: {
  teams: TeamOverview[];
  scope: InsightsScope;
  minHuddles: number;
  version: string;
}) {
  const services = useInsightsServices();
  const [top, setTop] = useState<TopThemes>({});
  const [progress, setProgress] = useState<number | null>(0);
  const { period, pillar } = scope.view;
  const teamKey = teams.map((t) => t.teamId).join(',');

  // biome-ignore lint/correctness/useExhaustiveDependencies: teamKey stands for the team list; version for the data.
  useEffect(() => {
    let cancelled = false;
    const ids = teamKey ? teamKey.split(',') : [];
    setTop({});
    setProgress(0);
    (async () => {
      for (const [i, teamId] of ids.entries()) {
        if (cancelled) return;
        try {
          const inputs = await readThemeInputs(teamId);
          const analysis = await services.analyseThemes(
            {
              teamId,
              purpose: 'insights-overview',
              options: {
                period,
                to: scope.to,
                ...(scope.from === undefined ? {} : { from: scope.from }),
                ...(pillar ? { pillar } : {}),
                minHuddles,
                minAnswers: minHuddles,
                curated: inputs.curated,
                hiddenKeys: inputs.hiddenKeys,
                pinnedKeys: inputs.pinnedKeys,
              },
            },
            (f) => {
              if (!cancelled) setProgress((i + f) / ids.length);
            },
          );
          const recurring = analysis.themes.filter((t) => t.trend === 'recurring').slice(0, TOP);
          if (!cancelled) setTop((prev) => ({ ...prev, [teamId]: recurring }));
        } catch {
          if (!cancelled) setTop((prev) => ({ ...prev, [teamId]: 'failed' }));
        }
      }
      if (!cancelled) setProgress(null);
    })();
    return () => {
      cancelled = true;
    };
  }, [teamKey, period, pillar, scope.from, scope.to, minHuddles, version, services]);

  return (
    <section className="insights-section" aria-labelledby="overview-themes">
      <h2 id="overview-themes">Top recurring themes per team</h2>
      {progress !== null && <Progress label="Finding themes team by team" fraction={progress} />}
      <ul className="overview-themes">
        {teams.map((team) => {
          const themes = top[team.teamId];
          return (
            <li key={team.teamId} className="card">
              <h3>
                <UserText text={team.name} clamp />
              </h3>
              {themes === undefined ? (
                <p className="muted">Waiting…</p>
              ) : themes === 'failed' ? (
                <p className="error-message">Themes could not be found for this team.</p>
              ) : themes.length === 0 ? (
                <p className="muted">Nothing recurring in this range yet.</p>
              ) : (
                <ol>
                  {themes.map((t) => (
                    <li key={t.key}>
                      <Link to={viewSearch(scope.view, { team: team.teamId, theme: t.key })}>
                        {t.label}
                      </Link>{' '}
                      <span className="muted">
                        ({plural(t.count, 'answer')}, {plural(t.huddles, 'huddle')})
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
