import { useState } from 'react';
import type { ThemeInputs } from '../../db/insights';
import { createTheme } from '../../db/themes';
import type { ThemeAnalysis, ThemeResult, ThemeTrend } from '../../domain/themes/types';
import type { Team } from '../../domain/types';
import { plural, TREND_DESCRIPTIONS, TREND_LABELS } from './format';
import type { InsightsView } from './insightsParams';
import { NameThemeForm } from './NameThemeForm';
import { ThemeCard } from './ThemeCard';

const OPEN_TRENDS: ThemeTrend[] = ['recurring', 'emerging', 'fading'];

/** Cards shown per section before "Show all": the strongest first, the rest one click away. */
const FIRST_SHOWN = 9;

function ThemeList(props: {
  themes: ThemeResult[];
  team: Team;
  view: InsightsView;
  inputs: ThemeInputs;
  onDone: (message: string) => void;
  /** Named in the "Show all" button ("recurring themes"). */
  noun: string;
}) {
  const [all, setAll] = useState(false);
  const named = props.inputs.themes.filter((t) => t.curated);
  const shown = all ? props.themes : props.themes.slice(0, FIRST_SHOWN);
  return (
    <>
      <ul className="theme-list">
        {shown.map((theme) => (
          <ThemeCard
            key={theme.key}
            team={props.team}
            theme={theme}
            view={props.view}
            named={named}
            onDone={props.onDone}
          />
        ))}
      </ul>
      {shown.length < props.themes.length && (
        <button type="button" className="secondary" onClick={() => setAll(true)}>
          Show all {props.themes.length} {props.noun}
        </button>
      )}
    </>
  );
}

/** The analysis as recurring, emerging, fading and (folded away) occasional themes. */
export function ThemeGroups({
  team,
  analysis,
  inputs,
  view,
  floor,
}: {
  team: Team;
  analysis: ThemeAnalysis;
  inputs: ThemeInputs;
  view: InsightsView;
  floor: number;
}) {
  const [status, setStatus] = useState('');
  const [creating, setCreating] = useState(false);
  const named = analysis.themes.filter((t) => t.kind === 'curated');
  const suggested = analysis.themes.filter((t) => t.kind === 'suggested');
  const byTrend = (trend: ThemeTrend) => suggested.filter((t) => t.trend === trend);
  const occasional = byTrend('occasional');
  const notShown = inputs.curated.filter(
    (c) => !c.hidden && analysis.curatedWithheld?.includes(c.id),
  );
  const list = { team, view, inputs, onDone: setStatus };
  const huddleFloor = analysis.floor?.huddles ?? floor;

  return (
    <div className="theme-groups">
      <p className="insights-note">
        {plural(analysis.answersAnalysed, 'answer')} read. Themes are words and phrases that come up
        in several huddles; they are never linked to who said them.
      </p>
      <p className="insights-note" role="status">
        {status}
      </p>
      {analysis.withheld > 0 && (
        <p className="insights-withheld">
          {plural(analysis.withheld, 'theme')} held back because{' '}
          {analysis.withheld === 1 ? 'it' : 'they'} came from fewer than {huddleFloor} huddles or
          answers.
        </p>
      )}

      <section className="theme-group" aria-labelledby="themes-named">
        <h3 id="themes-named" className="theme-group-title">
          Named themes
        </h3>
        {named.length > 0 ? (
          <ThemeList themes={named} noun="named themes" {...list} />
        ) : (
          <p className="muted">
            {inputs.curated.length
              ? 'No named theme has enough answers in this range to show yet.'
              : 'Name a suggestion below to track it over time, or start one of your own.'}
          </p>
        )}
        {notShown.length > 0 && (
          <p className="muted">
            Not shown yet (too few answers or huddles so far):{' '}
            {notShown.map((c) => c.label).join(', ')}.
          </p>
        )}
        {creating ? (
          <NameThemeForm
            title="New named theme"
            submitLabel="Save named theme"
            onCancel={() => setCreating(false)}
            onSubmit={async (label, keywords) => {
              await createTheme(team.id, label, keywords, true);
              setCreating(false);
              setStatus(`Named “${label}”. It is now tracked over time.`);
            }}
          />
        ) : (
          <button type="button" className="secondary" onClick={() => setCreating(true)}>
            New named theme
          </button>
        )}
      </section>

      {suggested.length === 0 && (
        <p className="insights-note">
          No suggested themes in this range yet. Themes appear once something comes up in at least{' '}
          {huddleFloor} huddles.
        </p>
      )}
      {suggested.length > 0 &&
        OPEN_TRENDS.map((trend) => {
          const themes = byTrend(trend);
          return (
            <section key={trend} className="theme-group" aria-labelledby={`themes-${trend}`}>
              <h3 id={`themes-${trend}`} className="theme-group-title">
                {TREND_LABELS[trend]} <span className="count">({themes.length})</span>
              </h3>
              <p className="muted">{TREND_DESCRIPTIONS[trend]}</p>
              {themes.length > 0 ? (
                <ThemeList
                  themes={themes}
                  noun={`${TREND_LABELS[trend].toLowerCase()} themes`}
                  {...list}
                />
              ) : (
                <p className="muted">None in this range.</p>
              )}
            </section>
          );
        })}
      {occasional.length > 0 && (
        <details className="theme-group">
          <summary>
            <h3 className="theme-group-title inline">
              {TREND_LABELS.occasional} <span className="count">({occasional.length})</span>
            </h3>
          </summary>
          <p className="muted">{TREND_DESCRIPTIONS.occasional}</p>
          <ThemeList themes={occasional} noun="occasional themes" {...list} />
        </details>
      )}
    </div>
  );
}
