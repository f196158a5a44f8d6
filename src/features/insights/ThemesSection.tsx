import { useMinHuddles, useThemeInputs } from '../../db/insightsHooks';
import type { ThemeAnalysis, ThemeOptions } from '../../domain/themes/types';
import type { Team } from '../../domain/types';
import type { InsightsScope } from './InsightsRoute';
import { useInsightsServices } from './InsightsServices';
import type { InsightsView } from './insightsParams';
import { Progress } from './Progress';
import { ThemeDrillDown } from './ThemeDrillDown';
import { ThemeGroups } from './ThemeGroups';
import { ThemeSettings } from './ThemeSettings';
import { useComputation } from './useComputation';

/** Suggested themes asked for at most; named themes always come back on top of these. */
const MAX_THEMES = 30;
/**
 * Answers kept per theme for its drill-down, newest first (counts and trends still cover every
 * answer). A theme can be mentioned in tens of thousands of answers: sending, storing and
 * drawing every id would stall the page for nothing a person pages through 20 at a time.
 */
export const EVIDENCE_LIMIT = 200;

/** What keeps coming up in one team's answers: suggestions, named themes and their answers. */
export function ThemesSection({
  team,
  scope,
  version,
  onChange,
}: {
  team: Team;
  scope: InsightsScope;
  /** Changes with every answer written (see useInsightsDataVersion). */
  version: string | undefined;
  onChange: (patch: Partial<InsightsView>) => void;
}) {
  const services = useInsightsServices();
  const inputs = useThemeInputs(team.id);
  const minHuddles = useMinHuddles();
  const { pillar, period, theme } = scope.view;
  const options: Omit<ThemeOptions, 'onProgress'> | null =
    inputs && minHuddles !== undefined
      ? {
          period,
          to: scope.to,
          ...(scope.from === undefined ? {} : { from: scope.from }),
          ...(pillar ? { pillar } : {}),
          minHuddles,
          minAnswers: minHuddles,
          maxThemes: MAX_THEMES,
          evidenceLimit: EVIDENCE_LIMIT,
          curated: inputs.curated,
          hiddenKeys: inputs.hiddenKeys,
          pinnedKeys: inputs.pinnedKeys,
        }
      : null;
  const key = options && version !== undefined ? `${JSON.stringify(options)}|${version}` : null;
  const analysis = useComputation<ThemeAnalysis>(key, team.id, (onProgress, onStale) =>
    services.analyseThemes(
      {
        teamId: team.id,
        options: options ?? { period },
        cache: { view: scope.view.range, ...(version ? { dataVersion: version } : {}) },
      },
      onProgress,
      onStale,
    ),
  );
  const result = analysis.value;
  const open = theme && result ? result.themes.find((t) => t.key === theme) : undefined;

  return (
    <section className="insights-section" aria-labelledby="insights-themes">
      <h2 id="insights-themes" tabIndex={-1}>
        What keeps coming up
      </h2>
      {analysis.running && (
        <Progress
          label={
            analysis.stale
              ? 'Shown as last worked out; updating with the newest answers'
              : 'Finding themes in the answers'
          }
          fraction={analysis.progress}
        />
      )}
      {analysis.error && (
        <p className="error-message" role="alert">
          {analysis.error}
        </p>
      )}
      {result && inputs && open && (
        <ThemeDrillDown
          team={team}
          theme={open}
          period={period}
          named={inputs.themes.filter((t) => t.curated)}
          onClose={() => {
            onChange({ theme: '' });
            // The drill-down (and the focused button in it) is gone: land on the section heading.
            requestAnimationFrame(() => document.getElementById('insights-themes')?.focus());
          }}
        />
      )}
      {result && inputs && !open && (
        <>
          {theme && !analysis.running && (
            <p className="insights-note" role="status">
              That theme is not among the themes shown for this range.
            </p>
          )}
          <ThemeGroups
            team={team}
            analysis={result}
            inputs={inputs}
            view={scope.view}
            floor={minHuddles ?? 3}
          />
        </>
      )}
      {inputs && minHuddles !== undefined && (
        <ThemeSettings team={team} inputs={inputs} minHuddles={minHuddles} />
      )}
    </section>
  );
}
