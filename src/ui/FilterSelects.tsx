import { isPillar, PILLAR_LABELS } from '../domain/pillars';
import { PILLARS, type Pillar, type Team } from '../domain/types';
import { optionText } from './UserText';

/** A labelled team picker; archived teams are marked. `allValue` is the "every team" choice. */
export function TeamSelect({
  id,
  teams,
  value,
  allLabel,
  allValue = '',
  onChange,
}: {
  id: string;
  teams: readonly Team[];
  value: string;
  allLabel: string;
  allValue?: string;
  onChange: (teamId: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Team</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value={allValue}>{allLabel}</option>
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.archived ? `${optionText(team.name)} (archived)` : optionText(team.name)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled pillar picker; '' means any pillar. */
export function PillarSelect({
  id,
  value,
  anyLabel,
  onChange,
}: {
  id: string;
  value: Pillar | '';
  anyLabel: string;
  onChange: (pillar: Pillar | '') => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Pillar</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(isPillar(e.target.value) ? e.target.value : '')}
      >
        <option value="">{anyLabel}</option>
        {PILLARS.map((pillar) => (
          <option key={pillar} value={pillar}>
            {PILLAR_LABELS[pillar]}
          </option>
        ))}
      </select>
    </div>
  );
}
