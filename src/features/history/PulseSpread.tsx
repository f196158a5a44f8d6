import {
  PULSE_PRIVACY_THRESHOLD,
  PULSE_RATINGS,
  pulseDistribution,
} from '../../domain/huddle/pulse';
import { plural } from './format';

/**
 * Ratings as a spread only (how many chose each of 1–5, and the average); withheld when so few
 * answered that a rating could be traced back to someone.
 */
export function PulseSpread({ ratings, labelledBy }: { ratings: number[]; labelledBy: string }) {
  const dist = pulseDistribution(ratings);
  if (dist.withheld) {
    return (
      <p className="summary-withheld">
        Too few answers to show safely ({plural(dist.count, 'answer')}; the spread shows from{' '}
        {PULSE_PRIVACY_THRESHOLD}).
      </p>
    );
  }
  const max = Math.max(1, ...PULSE_RATINGS.map((r) => dist.counts[r]));
  return (
    <table className="summary-spread" aria-describedby={labelledBy}>
      <caption>
        {plural(dist.count, 'answer')} · average {dist.mean.toFixed(1)} out of 5
      </caption>
      <thead>
        <tr>
          <th scope="col">Rating</th>
          <th scope="col">Answers</th>
        </tr>
      </thead>
      <tbody>
        {PULSE_RATINGS.map((rating) => (
          <tr key={rating}>
            <th scope="row">{rating}</th>
            <td>
              <span className="summary-spread-count">{dist.counts[rating]}</span>
              <span
                className="summary-spread-bar"
                style={{ width: `${(dist.counts[rating] / max) * 100}%` }}
                aria-hidden="true"
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
