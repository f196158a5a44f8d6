import { PULSE_PRIVACY_THRESHOLD, PULSE_RATINGS } from '../../domain/huddle/pulse';
import type { PulsePoint, PulseTrend } from '../../domain/insights/types';
import type { Period } from '../../domain/themes/types';
import { ChangeBadge } from './ChangeBadge';
import { Distribution } from './Distribution';
import { CHANGE_TEXT, formatMean, PERIOD_LABELS, PERIOD_NOUNS, plural, spanText } from './format';
import { TrendChart } from './TrendChart';

const TOO_FEW = 'too few to show safely';

function describe(trend: PulseTrend, period: Period): string {
  const points = trend.points
    .map((p) => `${p.label}: ${p.dist.withheld ? TOO_FEW : formatMean(p.dist.mean)}`)
    .join('; ');
  return `${trend.label}, average rating out of 5 per ${PERIOD_NOUNS[period]}, ${spanText(trend.points)}. ${points}.`;
}

function PeriodRow({ point }: { point: PulsePoint }) {
  const { dist, change } = point;
  return (
    <tr>
      <th scope="row">{point.label}</th>
      {dist.withheld ? (
        <td colSpan={3} className="muted">
          {dist.count === 0 ? 'No answers' : `${TOO_FEW} (fewer than ${PULSE_PRIVACY_THRESHOLD})`}
        </td>
      ) : (
        <>
          <td>{formatMean(dist.mean)}</td>
          <td>{PULSE_RATINGS.map((r) => dist.counts[r]).join(' / ')}</td>
          <td>{change ? `${CHANGE_TEXT[change].arrow} ${CHANGE_TEXT[change].word}` : '—'}</td>
        </>
      )}
    </tr>
  );
}

/** One rated item: its newest safe average, the change, the spread and the trend over time. */
export function PulseCard({ trend, period }: { trend: PulseTrend; period: Period }) {
  const { latest } = trend;
  const noun = PERIOD_NOUNS[period];
  return (
    <li className="pulse-card">
      <h4>{trend.label}</h4>
      {trend.kind === 'pillar-rating' && <p className="pulse-question muted">{trend.question}</p>}
      {latest && !latest.dist.withheld ? (
        <>
          <p className="pulse-latest">
            <span className="pulse-mean">{formatMean(latest.dist.mean)}</span> out of 5 in{' '}
            {latest.label} ({plural(latest.dist.count, 'answer')})
          </p>
          <ChangeBadge point={latest} />
          <Distribution
            dist={latest.dist}
            caption={`How many chose each rating in ${latest.label}`}
          />
        </>
      ) : (
        <p className="pulse-withheld">
          Too few to show safely: no {noun} in this range has {PULSE_PRIVACY_THRESHOLD} or more
          answers.
        </p>
      )}
      {latest && trend.points.length > 1 && (
        <TrendChart
          description={describe(trend, period)}
          labels={trend.points.map((p) => p.label)}
          series={[
            {
              label: trend.label,
              values: trend.points.map((p) => (p.dist.withheld ? null : p.dist.mean)),
            },
          ]}
          yRange={[1, 5]}
          yFormat={(v) => String(v)}
          ySplits={[1, 2, 3, 4, 5]}
          height={150}
        />
      )}
      {latest && (
        <details className="pulse-periods">
          <summary>Every {noun}: average, spread and change</summary>
          <table className="insights-table">
            <thead>
              <tr>
                <th scope="col">{PERIOD_LABELS[period]}</th>
                <th scope="col">Average</th>
                <th scope="col">Answers for 1 / 2 / 3 / 4 / 5</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {[...trend.points].reverse().map((p) => (
                <PeriodRow key={p.start} point={p} />
              ))}
            </tbody>
          </table>
        </details>
      )}
    </li>
  );
}
