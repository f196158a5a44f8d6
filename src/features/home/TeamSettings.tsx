import { type FormEvent, useId, useState } from 'react';
import { renameTeam, setTeamArchived } from '../../db/teams';
import type { Team } from '../../domain/types';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { shownText } from '../../ui/UserText';

/** Rename the team, archive it or bring it back. */
export function TeamSettings({ team }: { team: Team }) {
  return (
    <section aria-labelledby="team-settings-heading" className="team-section">
      <h2 id="team-settings-heading">Team settings</h2>
      <RenameTeamForm team={team} />
      {team.archived ? (
        <ConfirmButton
          message={`Bring ${shownText(team.name)} back to the active teams? You can run huddles with it again.`}
          confirmLabel="Yes, bring it back"
          onConfirm={() => setTeamArchived(team.id, false)}
        >
          Bring team back
        </ConfirmButton>
      ) : (
        <ConfirmButton
          message={`Archive ${shownText(team.name)}? It moves to "Archived teams" on the Teams page. Its people, huddles and answers are all kept, and you can bring it back at any time.`}
          confirmLabel="Yes, archive the team"
          onConfirm={() => setTeamArchived(team.id, true)}
        >
          Archive team
        </ConfirmButton>
      )}
    </section>
  );
}

function RenameTeamForm({ team }: { team: Team }) {
  const inputId = useId();
  const errorId = useId();
  const [name, setName] = useState(team.name);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [seen, setSeen] = useState(team.name);
  if (seen !== team.name) {
    // Renamed elsewhere (another tab): follow it unless this field holds unsaved typing.
    setSeen(team.name);
    if (name === seen) setName(team.name);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    try {
      await renameTeam(team.id, name);
      setName(name.trim().replace(/\s+/g, ' '));
      setError(null);
      setSaved(true);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form className="inline-form" onSubmit={onSubmit} aria-label="Rename the team">
      <label htmlFor={inputId}>Team name</label>
      <input
        id={inputId}
        value={name}
        onChange={(e) => {
          setName(e.target.value);
          setSaved(false);
        }}
        maxLength={80}
        autoComplete="off"
        aria-describedby={error ? errorId : undefined}
        aria-invalid={error ? true : undefined}
      />
      <button type="submit" className="secondary">
        Save name
      </button>
      <ErrorMessage error={error} id={errorId} />
      <p className="status-text" role="status">
        {saved ? 'Name saved.' : ''}
      </p>
    </form>
  );
}
