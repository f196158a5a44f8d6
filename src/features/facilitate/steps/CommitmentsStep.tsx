import { type FormEvent, useId, useMemo, useState } from 'react';
import { addCommitment, deleteCommitment } from '../../../db/commitments';
import type { DraftKey } from '../../../db/drafts';
import { useSessionCommitments } from '../../../db/hooks';
import { useTextDraft } from '../../../db/useTextDraft';
import { PILLAR_INFO } from '../../../domain/library/pillars';
import { PILLARS, type Pillar } from '../../../domain/types';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { shownText, UserText } from '../../../ui/UserText';
import { participantName, useHuddleData } from '../huddleData';
import { type CommitmentDraft, isEmptyCommitment, NO_COMMITMENT } from './commitmentDraft';

/** One small, concrete thing each: what we will do before we meet again. */
export function CommitmentsStep() {
  const data = useHuddleData();
  const commitments = useSessionCommitments(data.session.id);
  const ids = {
    text: useId(),
    owner: useId(),
    due: useId(),
    pillar: useId(),
    owners: useId(),
    draftNote: useId(),
  };
  const sessionId = data.session.id;
  const draftKey = useMemo<DraftKey>(() => ({ kind: 'commitment', scope: sessionId }), [sessionId]);
  // Typed but not added yet: kept through Next, Back and a reload until added or cleared.
  const draft = useTextDraft(draftKey, NO_COMMITMENT, isEmptyCommitment);
  const { text, owner, due, pillar } = draft.value;
  const change = (patch: Partial<CommitmentDraft>) => draft.set({ ...draft.value, ...patch });
  const [error, setError] = useState<unknown>(null);

  const people = [
    ...data.session.attendance.map((id) => participantName(data, id)),
    ...data.session.guests.map((g) => g.name),
  ];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    try {
      await addCommitment(data.session.id, {
        text,
        owner,
        due,
        ...(pillar ? { pillar } : {}),
      });
      await draft.clear();
      setError(null);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="commitments-step">
      <form className="card commitment-form" onSubmit={onSubmit} aria-label="Add a commitment">
        <label htmlFor={ids.text}>What will we do?</label>
        <textarea
          id={ids.text}
          className="short"
          value={text}
          onChange={(e) => change({ text: e.target.value })}
          onBlur={() => void draft.flush()}
          maxLength={1000}
          aria-describedby={draft.hasDraft ? ids.draftNote : undefined}
        />
        <div className="form-grid">
          <div>
            <label htmlFor={ids.owner}>Who (optional)</label>
            <input
              id={ids.owner}
              list={ids.owners}
              value={owner}
              onChange={(e) => change({ owner: e.target.value })}
              onBlur={() => void draft.flush()}
              maxLength={80}
              autoComplete="off"
            />
            <datalist id={ids.owners}>
              {people.map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
          </div>
          <div>
            <label htmlFor={ids.due}>By when (optional)</label>
            <input
              id={ids.due}
              type="date"
              value={due}
              onChange={(e) => change({ due: e.target.value })}
              onBlur={() => void draft.flush()}
            />
          </div>
          <div>
            <label htmlFor={ids.pillar}>Pillar (optional)</label>
            <select
              id={ids.pillar}
              value={pillar}
              onChange={(e) => change({ pillar: e.target.value as Pillar | '' })}
            >
              <option value="">None</option>
              {PILLARS.map((p) => (
                <option key={p} value={p}>
                  {PILLAR_INFO[p].label}
                </option>
              ))}
            </select>
          </div>
        </div>
        {draft.hasDraft && (
          <p id={ids.draftNote} className="hint">
            {draft.status === 'error'
              ? 'Not added yet, and the draft could not be saved: it stays on screen, and saving will retry.'
              : 'Not added yet: kept as a draft until you add it or clear it.'}
          </p>
        )}
        <div className="button-row">
          <button type="submit">Add commitment</button>
          {draft.hasDraft && (
            <button type="button" className="secondary" onClick={() => void draft.clear()}>
              Clear draft
            </button>
          )}
        </div>
        <ErrorMessage error={error} />
      </form>
      <section aria-labelledby="made-heading">
        <h2 id="made-heading">Commitments from this huddle</h2>
        {commitments === undefined ? null : commitments.length === 0 ? (
          <p className="muted">None yet. One small, concrete step is plenty.</p>
        ) : (
          <ul className="commitment-list">
            {commitments.map((c) => (
              <li key={c.id} className="card">
                <p className="commitment-text">
                  <UserText text={c.text} />
                </p>
                <p className="muted">
                  {[
                    c.owner && shownText(c.owner),
                    c.due && `due ${c.due}`,
                    c.pillar && PILLAR_INFO[c.pillar].label,
                    c.carriedFromId && 'carried over',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => void deleteCommitment(c.id)}
                >
                  Remove <span className="visually-hidden">{shownText(c.text)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
