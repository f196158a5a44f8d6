import { type FormEvent, useId, useState } from 'react';
import type { Team } from '../../domain/types';
import { optionText } from '../../ui/UserText';
import type { ReportParams } from './reportParams';

/** Team and period; applying them updates the address, which is what the report reads. */
export function ReportForm({
  teams,
  values,
  onApply,
}: {
  teams: Team[];
  values: ReportParams;
  onApply: (values: ReportParams) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(values);
  const [problem, setProblem] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft.teamId) return setProblem('Choose a team.');
    if (draft.to < draft.from) return setProblem('The period ends before it starts.');
    setProblem('');
    onApply(draft);
  }

  return (
    <form className="report-form no-print" onSubmit={submit} aria-label="Report period">
      <div className="report-field">
        <label htmlFor={`${id}-team`}>Team</label>
        <select
          id={`${id}-team`}
          value={draft.teamId}
          onChange={(e) => setDraft({ ...draft, teamId: e.target.value })}
        >
          <option value="">Choose a team</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {optionText(team.name)}
              {team.archived ? ' (archived)' : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="report-field">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          required
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
        />
      </div>
      <div className="report-field">
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          required
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
      </div>
      <button type="submit">Show report</button>
      {problem && (
        <p className="error-message" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
