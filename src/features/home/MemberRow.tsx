import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { renameMember, setMemberArchived } from '../../db/teams';
import type { Member } from '../../domain/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { shownText, UserText } from '../../ui/UserText';

/** One person: rename in place, archive or bring back. */
export function MemberRow({ member }: { member: Member }) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      renameRef.current?.focus();
    }
  }, [editing]);

  function stopEditing() {
    returnFocus.current = true;
    setEditing(false);
  }

  async function toggleArchived() {
    try {
      await setMemberArchived(member.id, !member.archived);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }

  if (editing) {
    return (
      <li className="row-item">
        <RenameMemberForm member={member} onDone={stopEditing} />
      </li>
    );
  }
  return (
    <li className="row-item">
      <span className="row-main">
        <UserText text={member.name} clamp />
      </span>
      <span className="button-row">
        <button
          ref={renameRef}
          type="button"
          className="secondary"
          onClick={() => setEditing(true)}
        >
          Rename <span className="visually-hidden">{shownText(member.name)}</span>
        </button>
        <button type="button" className="secondary" onClick={toggleArchived}>
          {member.archived ? 'Bring back' : 'Archive'}{' '}
          <span className="visually-hidden">{shownText(member.name)}</span>
        </button>
      </span>
      <ErrorMessage error={error} />
    </li>
  );
}

function RenameMemberForm({ member, onDone }: { member: Member; onDone: () => void }) {
  const inputId = useId();
  const errorId = useId();
  const [name, setName] = useState(member.name);
  const [error, setError] = useState<unknown>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    try {
      await renameMember(member.id, name);
      onDone();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <form
      className="inline-form row-form"
      onSubmit={onSubmit}
      aria-label={`Rename ${member.name}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <label htmlFor={inputId}>New name for {member.name}</label>
      <input
        id={inputId}
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={80}
        autoComplete="off"
        // biome-ignore lint/a11y/noAutofocus: the person just asked to rename this row.
        autoFocus
        aria-describedby={error ? errorId : undefined}
        aria-invalid={error ? true : undefined}
      />
      <button type="submit">Save</button>
      <button type="button" className="secondary" onClick={onDone}>
        Cancel
      </button>
      <ErrorMessage error={error} id={errorId} />
    </form>
  );
}
