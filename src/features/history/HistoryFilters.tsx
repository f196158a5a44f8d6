import { useId } from 'react';
import type { SessionStatus, Team } from '../../domain/types';
import { STATUS_LABELS } from './format';

export interface HistoryFilterValues {
  teamId: string;
  status: SessionStatus | '';
}

const STATUSES: SessionStatus[] = ['completed', 'active', 'abandoned'];

export function isSessionStatus(value: string | null): value is SessionStatus {
  return value !== null && (STATUSES as string[]).includes(value);
}

/** Narrow the list by team and status. Results update as soon as a choice changes. */
export function HistoryFilters({
  teams,
  values,
  onChange,
}: {
  teams: Team[];
  values: HistoryFilterValues;
  onChange: (next: HistoryFilterValues) => void;
}) {
  const id = useId();
  return (
    <form
      className="history-filters"
      aria-label="Filter huddles"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor={`${id}-team`}>Team</label>
        <select
          id={`${id}-team`}
          value={values.teamId}
          onChange={(e) => onChange({ ...values, teamId: e.target.value })}
        >
          <option value="">All teams</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.archived ? `${team.name} (archived)` : team.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={values.status}
          onChange={(e) => {
            const status = e.target.value;
            onChange({ ...values, status: isSessionStatus(status) ? status : '' });
          }}
        >
          <option value="">Any status</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
