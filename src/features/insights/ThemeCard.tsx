import { Link } from 'react-router';
import { PILLAR_LABELS } from '../../domain/pillars';
import type { Period, ThemeResult } from '../../domain/themes/types';
import type { Team, Theme } from '../../domain/types';
import { PERIOD_NOUNS, plural, TREND_LABELS } from './format';
import { type InsightsView, viewSearch } from './insightsParams';
import { Sparkline } from './Sparkline';
import { ThemeActions } from './ThemeActions';

/** "in 9 of 12 months": why the trend is what it is, when the engine says. */
function basisText(theme: ThemeResult, period: Period): string | null {
  const basis = theme.trendBasis;
  if (!basis || basis.periodsWithData === 0) return null;
  return `in ${basis.periodsMentioned} of ${plural(basis.periodsWithData, PERIOD_NOUNS[period])} with huddles`;
}

export function ThemeCard({
  team,
  theme,
  view,
  named,
  onDone,
}: {
  team: Team;
  theme: ThemeResult;
  view: InsightsView;
  named: Theme[];
  onDone: (message: string) => void;
}) {
  const basis = basisText(theme, view.period);
  return (
    <li className="theme-card">
      <div className="theme-card-head">
        <h4 className="theme-card-title">
          <Link
            to={viewSearch(view, { theme: theme.key })}
            aria-label={`${theme.label}: show its answers`}
          >
            {theme.label}
          </Link>
        </h4>
        {theme.pinned && <span className="theme-badge">Pinned</span>}
        {theme.kind === 'curated' && <span className="theme-badge">Named</span>}
      </div>
      <div className="theme-card-trend">
        <Sparkline series={theme.series} noun={PERIOD_NOUNS[view.period]} />
        <p>
          <strong>{TREND_LABELS[theme.trend]}</strong>
          {basis && <span className="muted"> · {basis}</span>}
        </p>
      </div>
      <p className="theme-card-counts">
        {plural(theme.count, 'answer')} · {plural(theme.huddles, 'huddle')}
      </p>
      {theme.pillars.length > 0 && (
        <p className="theme-card-pillars">
          <span className="muted">Under: </span>
          {theme.pillars.map((p) => `${PILLAR_LABELS[p.pillar]} (${p.count})`).join(', ')}
        </p>
      )}
      {theme.kind === 'suggested' && theme.variants.length > 1 && (
        <p className="theme-card-variants muted">Also: {theme.variants.slice(1, 6).join(', ')}</p>
      )}
      <ThemeActions team={team} theme={theme} named={named} onDone={onDone} />
    </li>
  );
}
