import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { DraftKey } from '../../db/drafts';
import { setTeamAgreements } from '../../db/teams';
import { useTextDraft } from '../../db/useTextDraft';
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

/**
 * Unsaved edits, kept across a reload or leaving the page: the list as typed (null: unchanged)
 * and a new agreement typed but not added.
 */
interface AgreementsDraft {
  lines: string[] | null;
  adding: string;
}

const NO_EDITS: AgreementsDraft = { lines: null, adding: '' };
const hasNoEdits = (d: AgreementsDraft) => d.lines === null && !d.adding.trim();

/** The team's group agreements: edited as a draft, stored with "Save agreements". */
export function AgreementsEditor({ team }: { team: Team }) {
  const [lines, setLines] = useState(() => toLines(team.agreements));
  const [seen, setSeen] = useState(team.agreements);
  const teamId = team.id;
  const draftKey = useMemo<DraftKey>(() => ({ kind: 'agreements', scope: teamId }), [teamId]);
  const draft = useTextDraft(draftKey, NO_EDITS, hasNoEdits);
  const [restored, setRestored] = useState(false);
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
  if (draft.loaded && !restored) {
    // Edits left unsaved last time come back as they were typed.
    setRestored(true);
    const kept = draft.value.lines;
    if (kept && !sameText(lines, kept)) setLines(toLines(kept));
  }
  const dirty = !sameAgreements(lines, team.agreements);

  function keep(next: AgreementLine[], adding: string) {
    draft.set({
      lines: sameAgreements(next, team.agreements) ? null : next.map((l) => l.text),
      adding,
    });
  }

  function change(next: AgreementLine[]) {
    setLines(next);
    setStatus('');
    keep(next, draft.value.adding);
  }

  async function save() {
    try {
      const clean = cleanLines(lines);
      await setTeamAgreements(
        team.id,
        clean.map((l) => l.text),
      );
      setLines(clean);
      draft.set({ lines: null, adding: draft.value.adding });
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
              onBlur={() => void draft.flush()}
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
        text={draft.value.adding}
        onText={(adding) => keep(lines, adding)}
        onBlur={() => void draft.flush()}
        onAdd={(text) => {
          const next = [...lines, ...toLines([text])];
          setLines(next);
          setStatus('');
          keep(next, '');
        }}
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
        {dirty && (
          <ConfirmButton
            message="Discard your changes and go back to the saved agreements?"
            confirmLabel="Yes, discard my changes"
            onConfirm={() => {
              const saved = toLines(team.agreements);
              setLines(saved);
              keep(saved, draft.value.adding);
            }}
          >
            Discard changes
          </ConfirmButton>
        )}
      </div>
      {dirty && (
        <p className="hint">
          <span>You have unsaved changes.</span> They are kept on this device until you save or
          discard them.
        </p>
      )}
      <ErrorMessage error={error} />
      <p className="status-text" role="status">
        {status}
      </p>
    </section>
  );
}

function sameText(lines: readonly AgreementLine[], texts: readonly string[]) {
  return lines.length === texts.length && lines.every((l, i) => l.text === texts[i]);
}

function sameList(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function AgreementRow({
  line,
  index,
  count,
  onText,
  onBlur,
  onMove,
  onRemove,
}: {
  line: AgreementLine;
  index: number;
  count: number;
  onText: (text: string) => void;
  onBlur: () => void;
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
        onBlur={onBlur}
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

function AddAgreementForm({
  full,
  text,
  onText,
  onBlur,
  onAdd,
}: {
  full: boolean;
  text: string;
  onText: (text: string) => void;
  onBlur: () => void;
  onAdd: (text: string) => void;
}) {
  const inputId = useId();
  const hintId = useId();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || full) return;
    onAdd(text.trim());
  }

  return (
    <form className="inline-form" onSubmit={onSubmit} aria-label="Add an agreement">
      <label htmlFor={inputId}>New agreement</label>
      <input
        id={inputId}
        className="wide-input"
        value={text}
        onChange={(e) => onText(e.target.value)}
        onBlur={onBlur}
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
