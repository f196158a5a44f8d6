import { useId } from 'react';
import { PILLAR_LABELS } from '../../domain/pillars';
import { PILLARS, type Team } from '../../domain/types';
import { STATUS_LABELS } from './format';
import {
  type HistoryFilterValues,
  isFiltered,
  isPillar,
  isSessionStatus,
  NO_FILTERS,
  STATUSES,
} from './historyParams';

/** Narrow the list by team, pillar, dates and status. Results update as soon as a choice changes. */
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
  const set = (patch: Partial<HistoryFilterValues>) => onChange({ ...values, ...patch });
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
          onChange={(e) => set({ teamId: e.target.value })}
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
        <label htmlFor={`${id}-pillar`}>Pillar</label>
        <select
          id={`${id}-pillar`}
          value={values.pillar}
          onChange={(e) => set({ pillar: isPillar(e.target.value) ? e.target.value : '' })}
        >
          <option value="">Any pillar</option>
          {PILLARS.map((pillar) => (
            <option key={pillar} value={pillar}>
              {PILLAR_LABELS[pillar]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          value={values.from}
          max={values.to || undefined}
          onChange={(e) => set({ from: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          value={values.to}
          min={values.from || undefined}
          onChange={(e) => set({ to: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={values.status}
          onChange={(e) => set({ status: isSessionStatus(e.target.value) ? e.target.value : '' })}
        >
          <option value="">Any status</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      {isFiltered(values) && (
        <button type="button" className="secondary" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </form>
  );
}
