import { PULSE_PRIVACY_THRESHOLD } from '../../domain/huddle/pulse';
import type { PulseTrend, TeamInsights } from '../../domain/insights/types';
import type { Period } from '../../domain/themes/types';
import { PERIOD_NOUNS, plural } from './format';
import { Progress } from './Progress';
import { PulseCard } from './PulseCard';
import type { ComputationState } from './useComputation';

function Group({ title, trends, period }: { title: string; trends: PulseTrend[]; period: Period }) {
  if (trends.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="pulse-grid">
        {trends.map((t) => (
          <PulseCard key={t.promptId} trend={t} period={period} />
        ))}
      </ul>
    </>
  );
}

/** The five pillar ratings and the seven-item workplace pulse over time. */
export function PulseSection({
  state,
  period,
}: {
  state: ComputationState<TeamInsights>;
  period: Period;
}) {
  const insights = state.value;
  return (
    <section className="insights-section" aria-labelledby="insights-pulse">
      <h2 id="insights-pulse" tabIndex={-1}>
        How each pillar is trending
      </h2>
      <p className="insights-note">
        Average of the 1 to 5 ratings per {PERIOD_NOUNS[period]}, with the spread and the change
        since the last {PERIOD_NOUNS[period]} that could be shown. A {PERIOD_NOUNS[period]} with
        fewer than {PULSE_PRIVACY_THRESHOLD} ratings is held back: too few to show safely.
      </p>
      {state.running && (
        <Progress
          label={
            state.stale
              ? 'Shown as last counted; updating with the newest ratings'
              : 'Counting ratings and commitments'
          }
          fraction={state.progress}
        />
      )}
      {state.error && (
        <p className="error-message" role="alert">
          {state.error}
        </p>
      )}
      {insights && insights.ratings === 0 && (
        <p className="insights-note">
          No ratings in this range. The “Walking the talk” and workplace pulse steps of a huddle
          collect them.
        </p>
      )}
      {insights && insights.ratings > 0 && (
        <>
          <p className="muted">{plural(insights.ratings, 'rating')} in this range.</p>
          <Group
            title="Walking the talk: pillar ratings"
            trends={insights.pulse.filter((t) => t.kind === 'pillar-rating')}
            period={period}
          />
          <Group
            title="Workplace pulse"
            trends={insights.pulse.filter((t) => t.kind === 'pulse')}
            period={period}
          />
        </>
      )}
    </section>
  );
}
