import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { DraftKey } from '../../db/drafts';
import { renameTeam, setTeamArchived } from '../../db/teams';
import { useTextDraft } from '../../db/useTextDraft';
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
  const teamId = team.id;
  const draftKey = useMemo<DraftKey>(() => ({ kind: 'team-name', scope: teamId }), [teamId]);
  // A new name typed but not saved is kept (leaving the page, a reload) until saved.
  const draft = useTextDraft<string>(draftKey, team.name, (typed) => typed === team.name);
  const name = draft.value;
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const seen = useRef(team.name);
  useEffect(() => {
    // Renamed here or elsewhere (another tab): follow it unless this field holds unsaved typing.
    if (seen.current === team.name) return;
    if (draft.value === seen.current) draft.set(team.name);
    seen.current = team.name;
  }, [team.name, draft]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    try {
      const clean = name.trim().replace(/\s+/g, ' ');
      await renameTeam(team.id, name);
      // The stored name is now what was typed: the field shows it, and no draft is left.
      seen.current = clean;
      draft.set(clean);
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
          draft.set(e.target.value);
          setSaved(false);
        }}
        onBlur={() => void draft.flush()}
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
