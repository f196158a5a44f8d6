import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { setTeamAgreements } from '../../db/teams';
import { DEFAULT_AGREEMENTS } from '../../domain/library/agreements';
import type { Team } from '../../domain/types';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { moveItem, ReorderButtons } from '../../ui/ReorderButtons';
import {
  type AgreementLine,
  cleanLines,
  MAX_AGREEMENTS,
  sameAgreements,
  toLines,
} from './agreementsDraft';

/** The team's group agreements: edited as a draft, stored with "Save agreements". */
export function AgreementsEditor({ team }: { team: Team }) {
  const [lines, setLines] = useState(() => toLines(team.agreements));
  const [seen, setSeen] = useState(team.agreements);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  // After a removal, focus moves to the line that took its place (never lost to the page).
  const [focusLine, setFocusLine] = useState<number | null>(null);

  useEffect(() => {
    if (focusLine === null) return;
    const inputs = listRef.current?.querySelectorAll('input');
    const target = inputs?.[Math.min(focusLine, inputs.length - 1)];
    if (target) target.focus();
    else document.getElementById('agreements-heading')?.focus();
    setFocusLine(null);
  }, [focusLine]);

  if (seen !== team.agreements && !sameList(seen, team.agreements)) {
    // Saved elsewhere (another tab): follow it unless this person has unsaved edits.
    if (sameAgreements(lines, seen)) setLines(toLines(team.agreements));
    setSeen(team.agreements);
  }
  const dirty = !sameAgreements(lines, team.agreements);

  function change(next: AgreementLine[]) {
    setLines(next);
    setStatus('');
  }

  async function save() {
    try {
      const clean = cleanLines(lines);
      await setTeamAgreements(
        team.id,
        clean.map((l) => l.text),
      );
      setLines(clean);
      setError(null);
      setStatus('Agreements saved.');
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby="agreements-heading" className="team-section">
      <h2 id="agreements-heading" tabIndex={-1}>
        Group agreements
      </h2>
      <p className="muted">
        Shown at the start of every huddle. Keep them short, and change them together as a team.
      </p>
      {lines.length === 0 ? (
        <p className="hint">
          No agreements yet. Add your own below, or start from the suggested ones with "Reset to
          defaults".
        </p>
      ) : (
        <ol ref={listRef} className="row-list agreement-list" aria-label="Agreements">
          {lines.map((line, i) => (
            <AgreementRow
              key={line.key}
              line={line}
              index={i}
              count={lines.length}
              onText={(text) => change(lines.map((l) => (l.key === line.key ? { ...l, text } : l)))}
              onMove={(from, to) => change(moveItem(lines, from, to))}
              onRemove={() => {
                change(lines.filter((l) => l.key !== line.key));
                setFocusLine(i);
              }}
            />
          ))}
        </ol>
      )}
      <AddAgreementForm
        full={lines.length >= MAX_AGREEMENTS}
        onAdd={(text) => change([...lines, ...toLines([text])])}
      />
      <div className="button-row">
        <button type="button" onClick={save}>
          Save agreements
        </button>
        <ConfirmButton
          message={`Replace the list with the ${DEFAULT_AGREEMENTS.length} suggested agreements? Nothing is stored until you press "Save agreements".`}
          confirmLabel="Yes, use the defaults"
          onConfirm={() => change(toLines(DEFAULT_AGREEMENTS))}
        >
          Reset to defaults
        </ConfirmButton>
      </div>
      {dirty && <p className="hint">You have unsaved changes.</p>}
      <ErrorMessage error={error} />
      <p className="status-text" role="status">
        {status}
      </p>
    </section>
  );
}

function sameList(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function AgreementRow({
  line,
  index,
  count,
  onText,
  onMove,
  onRemove,
}: {
  line: AgreementLine;
  index: number;
  count: number;
  onText: (text: string) => void;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
}) {
  const inputId = useId();
  const label = `Agreement ${index + 1}`;
  return (
    <li className="row-item agreement-row">
      <label htmlFor={inputId} className="visually-hidden">
        {label}
      </label>
      <span className="row-number" aria-hidden="true">
        {index + 1}.
      </span>
      <textarea
        id={inputId}
        className="row-main agreement-input"
        rows={2}
        value={line.text}
        onChange={(e) => onText(e.target.value)}
        maxLength={300}
      />
      <span className="button-row">
        <ReorderButtons
          index={index}
          count={count}
          itemLabel={label.toLowerCase()}
          onMove={onMove}
        />
        <button type="button" className="secondary" onClick={onRemove}>
          Remove <span className="visually-hidden">{label.toLowerCase()}</span>
        </button>
      </span>
    </li>
  );
}

function AddAgreementForm({ full, onAdd }: { full: boolean; onAdd: (text: string) => void }) {
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState('');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || full) return;
    onAdd(text.trim());
    setText('');
  }

  return (
    <form className="inline-form" onSubmit={onSubmit} aria-label="Add an agreement">
      <label htmlFor={inputId}>New agreement</label>
      <input
        id={inputId}
        className="wide-input"
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={300}
        autoComplete="off"
        aria-describedby={full ? hintId : undefined}
      />
      <button type="submit" className="secondary" disabled={full}>
        Add agreement
      </button>
      {full && (
        <p id={hintId} className="hint">
          That is {MAX_AGREEMENTS} agreements, the most a team can keep.
        </p>
      )}
    </form>
  );
}
