import { useId } from 'react';
import type { Team } from '../../domain/types';
import { PillarSelect, TeamSelect } from '../../ui/FilterSelects';
import { STATUS_LABELS } from './format';
import {
  type HistoryFilterValues,
  isFiltered,
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
      <TeamSelect
        id={`${id}-team`}
        teams={teams}
        value={values.teamId}
        allLabel="All teams"
        onChange={(teamId) => set({ teamId })}
      />
      <PillarSelect
        id={`${id}-pillar`}
        value={values.pillar}
        anyLabel="Any pillar"
        onChange={(pillar) => set({ pillar })}
      />
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
