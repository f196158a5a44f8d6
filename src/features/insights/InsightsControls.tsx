import { useId } from 'react';
import { isPeriod, isRange, PERIODS, RANGES } from '../../domain/insights/range';
import { PILLAR_LABELS } from '../../domain/pillars';
import { PILLARS, type Pillar, type Team } from '../../domain/types';
import { PERIOD_LABELS, RANGE_LABELS } from './format';
import { ALL_TEAMS, type InsightsView } from './insightsParams';

function isPillar(value: string): value is Pillar {
  return (PILLARS as readonly string[]).includes(value);
}

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
      <div className="field">
        <label htmlFor={`${id}-team`}>Team</label>
        <select
          id={`${id}-team`}
          value={team}
          onChange={(e) => onChange({ team: e.target.value, theme: '' })}
        >
          <option value={ALL_TEAMS}>All teams (overview)</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.archived ? `${t.name} (archived)` : t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-pillar`}>Pillar</label>
        <select
          id={`${id}-pillar`}
          value={view.pillar}
          onChange={(e) =>
            onChange({ pillar: isPillar(e.target.value) ? e.target.value : '', theme: '' })
          }
        >
          <option value="">All pillars</option>
          {PILLARS.map((pillar) => (
            <option key={pillar} value={pillar}>
              {PILLAR_LABELS[pillar]}
            </option>
          ))}
        </select>
      </div>
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
