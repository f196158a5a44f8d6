import { useId } from 'react';
import { isPeriod, isRange, PERIODS, RANGES } from '../../domain/insights/range';
import type { Team } from '../../domain/types';
import { PillarSelect, TeamSelect } from '../../ui/FilterSelects';
import { PERIOD_LABELS, RANGE_LABELS } from './format';
import { ALL_TEAMS, type InsightsView } from './insightsParams';

/** Team (or all teams), pillar, period and range. Every change applies at once. */
export function InsightsControls({
  teams,
  view,
  team,
  onChange,
}: {
  teams: Team[];
  view: InsightsView;
  /** The team shown (the view's, or the default the page chose). */
  team: string;
  onChange: (patch: Partial<InsightsView>) => void;
}) {
  const id = useId();
  return (
    <form
      className="insights-controls"
      aria-label="What to show"
      onSubmit={(e) => e.preventDefault()}
    >
      <TeamSelect
        id={`${id}-team`}
        teams={teams}
        value={team}
        allLabel="All teams (overview)"
        allValue={ALL_TEAMS}
        onChange={(teamId) => onChange({ team: teamId, theme: '' })}
      />
      <PillarSelect
        id={`${id}-pillar`}
        value={view.pillar}
        anyLabel="All pillars"
        onChange={(pillar) => onChange({ pillar, theme: '' })}
      />
      <div className="field">
        <label htmlFor={`${id}-period`}>Group by</label>
        <select
          id={`${id}-period`}
          value={view.period}
          onChange={(e) => {
            if (isPeriod(e.target.value)) onChange({ period: e.target.value });
          }}
        >
          {PERIODS.map((period) => (
            <option key={period} value={period}>
              {PERIOD_LABELS[period]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-range`}>Range</label>
        <select
          id={`${id}-range`}
          value={view.range}
          onChange={(e) => {
            if (isRange(e.target.value)) onChange({ range: e.target.value, theme: '' });
          }}
        >
          {RANGES.map((range) => (
            <option key={range} value={range}>
              {RANGE_LABELS[range]}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
