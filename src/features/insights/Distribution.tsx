import { PULSE_RATINGS, type PulseDistribution } from '../../domain/huddle/pulse';

/** How many chose each of 1–5, as a small table (the spread, never who chose what). */
export function Distribution({
  dist,
  caption,
}: {
  dist: Extract<PulseDistribution, { withheld: false }>;
  caption: string;
}) {
  const max = Math.max(1, ...PULSE_RATINGS.map((r) => dist.counts[r]));
  return (
    <table className="distribution">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="row">Rating</th>
          {PULSE_RATINGS.map((r) => (
            <th key={r} scope="col">
              {r}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Answers</th>
          {PULSE_RATINGS.map((r) => (
            <td key={r}>
              <span
                className="distribution-bar"
                style={{ height: `${(dist.counts[r] / max) * 2}rem` }}
                aria-hidden="true"
              />
              {dist.counts[r]}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
