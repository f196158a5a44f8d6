import { useId } from 'react';
import { CATEGORY_LABELS, PILLAR_LABELS } from '../../../domain/pillars';
import type { Pillar, PromptCategory } from '../../../domain/types';

export type PromptStatusFilter = 'all' | 'offered' | 'off';

export interface PromptFilter {
  pillar: Pillar | '';
  category: PromptCategory | '';
  status: PromptStatusFilter;
}

const PILLAR_KEYS = Object.keys(PILLAR_LABELS) as Pillar[];
const CATEGORY_KEYS = Object.keys(CATEGORY_LABELS) as PromptCategory[];

export function PromptFilters({
  filter,
  onChange,
}: {
  filter: PromptFilter;
  onChange: (next: PromptFilter) => void;
}) {
  const id = useId();
  return (
    <fieldset className="filters">
      <legend className="filters-legend">Filter prompts</legend>
      <div className="form-field">
        <label htmlFor={`${id}-pillar`}>Pillar</label>
        <select
          id={`${id}-pillar`}
          value={filter.pillar}
          onChange={(e) => onChange({ ...filter, pillar: e.target.value as Pillar | '' })}
        >
          <option value="">All pillars</option>
          {PILLAR_KEYS.map((p) => (
            <option key={p} value={p}>
              {PILLAR_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-category`}>Category</label>
        <select
          id={`${id}-category`}
          value={filter.category}
          onChange={(e) => onChange({ ...filter, category: e.target.value as PromptCategory | '' })}
        >
          <option value="">All categories</option>
          {CATEGORY_KEYS.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-status`}>Showing</label>
        <select
          id={`${id}-status`}
          value={filter.status}
          onChange={(e) => onChange({ ...filter, status: e.target.value as PromptStatusFilter })}
        >
          <option value="all">All prompts</option>
          <option value="offered">Offered in huddles</option>
          <option value="off">Hidden or retired</option>
        </select>
      </div>
    </fieldset>
  );
}
