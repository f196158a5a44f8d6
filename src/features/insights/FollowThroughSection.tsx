import { FOLLOW_THROUGH_FLOOR } from '../../domain/insights/followThrough';
import type { FollowThroughPeriod, TeamInsights } from '../../domain/insights/types';
import type { Period } from '../../domain/themes/types';
import { UserText } from '../../ui/UserText';
import { formatDate, formatShare, OUTCOME_LABELS, PERIOD_NOUNS, plural, spanText } from './format';
import { TrendChart } from './TrendChart';
import type { ComputationState } from './useComputation';

function shareText(done: number, reviewed: number, share: number | null): string {
  const base = `${done} of ${plural(reviewed, 'commitment')} reviewed were done`;
  return share === null
    ? `${base} (too few reviews to state a share)`
    : `${base} (${formatShare(share)})`;
}

function PeriodList({ period }: { period: FollowThroughPeriod }) {
  return (
    <details className="follow-period">
      <summary>
        <strong>{period.label}</strong>: {shareText(period.done, period.reviewed, period.share)}
      </summary>
      <table className="insights-table">
        <thead>
          <tr>
            <th scope="col">Commitment</th>
            <th scope="col">Owner</th>
            <th scope="col">Outcome</th>
            <th scope="col">Reviewed</th>
          </tr>
        </thead>
        <tbody>
          {period.entries.map((e) => (
            <tr key={`${e.commitmentId}-${e.sessionId}`}>
              <td className="follow-text">{e.text}</td>
              <td>{e.owner ?? <span className="muted">Nobody named</span>}</td>
              <td>
                <span className={`outcome outcome-${e.status}`}>{OUTCOME_LABELS[e.status]}</span>
              </td>
              <td>{formatDate(e.reviewedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** "Walking the talk": the share of commitments reviewed as done, per period, with the list. */
export function FollowThroughSection({
  state,
  period,
}: {
  state: ComputationState<TeamInsights>;
  period: Period;
}) {
  const follow = state.value?.followThrough;
  const noun = PERIOD_NOUNS[period];
  const reviewedPeriods = follow ? follow.periods.filter((p) => p.reviewed > 0).reverse() : [];
  const description = follow
    ? `Share of commitments reviewed as done per ${noun}, ${spanText(follow.periods)}. ${follow.periods
        .map(
          (p) =>
            `${p.label}: ${p.reviewed === 0 ? 'none reviewed' : p.share === null ? 'too few reviews' : formatShare(p.share)}`,
        )
        .join('; ')}.`
    : '';

  return (
    <section className="insights-section" aria-labelledby="insights-follow">
      <h2 id="insights-follow" tabIndex={-1}>
        Walking the talk: commitments followed through
      </h2>
      <p className="insights-note">
        Each review in a later huddle counts once, in the {noun} it happened. A share is stated from{' '}
        {FOLLOW_THROUGH_FLOOR} reviews.
      </p>
      {!follow && state.running && <p className="muted">Counting commitments…</p>}
      {follow && follow.reviewed === 0 && (
        <p className="insights-note">No commitments were reviewed in this range.</p>
      )}
      {follow && follow.reviewed > 0 && (
        <>
          <p className="follow-total">
            Across the range: {shareText(follow.done, follow.reviewed, follow.share)}.
          </p>
          {follow.periods.length > 1 && (
            <TrendChart
              description={description}
              labels={follow.periods.map((p) => p.label)}
              series={[
                {
                  label: 'Done',
                  values: follow.periods.map((p) => (p.share === null ? null : p.share * 100)),
                },
              ]}
              yRange={[0, 100]}
              yFormat={(v) => `${Math.round(v)}%`}
              ySplits={[0, 25, 50, 75, 100]}
              height={170}
            />
          )}
          <h3>The commitments behind it</h3>
          <div className="follow-periods">
            {reviewedPeriods.map((p) => (
              <PeriodList key={p.start} period={p} />
            ))}
          </div>
        </>
      )}
      {follow && follow.waiting.length > 0 && (
        <details className="follow-period">
          <summary>
            <strong>Waiting for review</strong>: {plural(follow.waiting.length, 'commitment')}
          </summary>
          <ul className="follow-waiting">
            {follow.waiting.map((w) => (
              <li key={w.commitmentId}>
                <UserText text={w.text} />
                {w.owner && (
                  <span className="muted">
                    {' '}
                    · <UserText text={w.owner} clamp />
                  </span>
                )}
                <span className="muted"> · made {formatDate(w.createdAt)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
