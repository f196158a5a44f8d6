import { Link } from 'react-router';
import { PULSE_PRIVACY_THRESHOLD, type PulseDistribution } from '../../domain/huddle/pulse';
import type { Overview } from '../../domain/insights/types';
import { PILLAR_LABELS } from '../../domain/pillars';
import { PILLARS, type Pillar } from '../../domain/types';
import { UserText } from '../../ui/UserText';
import { formatMean, formatShare, plural } from './format';
import { type InsightsView, viewSearch } from './insightsParams';

/**
 * Five colour steps by average. Each step's background keeps the cell text at AA contrast in
 * both schemes (see insights.css); the number is always written, the colour only repeats it.
 */
export const HEAT_STEPS = [
  { min: 0, label: 'under 2' },
  { min: 2, label: '2 to 2.9' },
  { min: 3, label: '3 to 3.4' },
  { min: 3.5, label: '3.5 to 3.9' },
  { min: 4, label: '4 and over' },
] as const;

export function heatStep(mean: number): number {
  let step = 0;
  HEAT_STEPS.forEach((s, i) => {
    if (mean >= s.min) step = i;
  });
  return step;
}

function Cell({ dist, what }: { dist: PulseDistribution; what: string }) {
  if (dist.withheld) {
    return (
      <td className="heat heat-none">
        <span className="heat-few">too few</span>
        <span className="visually-hidden">
          {' '}
          to show safely ({what}: fewer than {PULSE_PRIVACY_THRESHOLD} ratings)
        </span>
      </td>
    );
  }
  return (
    <td className={`heat heat-${heatStep(dist.mean)}`}>
      <span className="heat-mean">{formatMean(dist.mean)}</span>
      <span className="heat-count">
        <span className="visually-hidden"> out of 5 for {what}, from</span>{' '}
        {plural(dist.count, 'rating')}
      </span>
    </td>
  );
}

/** Teams × pillars: each pillar's average "walking the talk" rating over the range. */
export function HeatMap({
  overview,
  view,
  pillar,
}: {
  overview: Overview;
  view: InsightsView;
  pillar: Pillar | '';
}) {
  const pillars = pillar ? [pillar] : [...PILLARS];
  return (
    <div className="heat-wrap">
      <table className="heat-map">
        <caption>
          Average rating (1 to 5) per pillar and team over the range. A cell with fewer than{' '}
          {PULSE_PRIVACY_THRESHOLD} ratings is held back.
        </caption>
        <thead>
          <tr>
            <th scope="col">Team</th>
            {pillars.map((p) => (
              <th key={p} scope="col">
                {PILLAR_LABELS[p]}
              </th>
            ))}
            <th scope="col">Workplace pulse</th>
            <th scope="col">Commitments done</th>
            <th scope="col">Huddles</th>
          </tr>
        </thead>
        <tbody>
          {overview.teams.map((team) => (
            <tr key={team.teamId}>
              <th scope="row">
                <Link to={viewSearch(view, { team: team.teamId, theme: '' })}>
                  <UserText text={team.name} clamp />
                </Link>
              </th>
              {pillars.map((p) => (
                <Cell key={p} dist={team.pillars[p]} what={`${PILLAR_LABELS[p]}, ${team.name}`} />
              ))}
              <Cell dist={team.pulse} what={`workplace pulse, ${team.name}`} />
              <td className="heat-plain">
                {team.followThrough.share === null ? (
                  <span className="heat-few">
                    {team.followThrough.reviewed === 0 ? 'none reviewed' : 'too few reviews'}
                  </span>
                ) : (
                  <>
                    <span className="heat-mean">{formatShare(team.followThrough.share)}</span>
                    <span className="heat-count">
                      {' '}
                      {team.followThrough.done} of {team.followThrough.reviewed}
                    </span>
                  </>
                )}
              </td>
              <td className="heat-plain">{team.huddles}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="heat-legend" aria-hidden="true">
        <span>Colour key:</span>
        {HEAT_STEPS.map((s, i) => (
          <span key={s.label} className={`heat heat-${i}`}>
            {s.label}
          </span>
        ))}
      </div>
    </div>
  );
}
