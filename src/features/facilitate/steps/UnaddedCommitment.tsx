import './unadded-commitment.css';
import { useId, useState } from 'react';
import { addCommitment } from '../../../db/commitments';
import { clearDraft, type DraftKey } from '../../../db/drafts';
import { useStoredDraft } from '../../../db/hooks';
import { PILLAR_INFO } from '../../../domain/library/pillars';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { type CommitmentDraft, isEmptyCommitment } from './commitmentDraft';

/**
 * A commitment typed on "What we will try next" but never added: its draft is shown at the end
 * of the huddle (and with the huddle in History), to add or to discard. Nothing else drops it.
 */
export function UnaddedCommitment({ sessionId }: { sessionId: string }) {
  const headingId = useId();
  const draftKey: DraftKey = { kind: 'commitment', scope: sessionId };
  // Live: the step's last save (on leaving it) may land just after this screen opens.
  const draft = useStoredDraft<CommitmentDraft>(draftKey);
  const [error, setError] = useState<unknown>(null);
  if (!draft || isEmptyCommitment(draft)) return null;
  const { text, owner, due, pillar } = draft;

  async function add() {
    try {
      await addCommitment(sessionId, { text, owner, due, ...(pillar ? { pillar } : {}) });
      await clearDraft(draftKey);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="card unadded-commitment no-print" aria-labelledby={headingId}>
      <h2 id={headingId}>A commitment not added yet</h2>
      <p className="commitment-text">{text.trim() || '(no text written)'}</p>
      {(owner.trim() || due || pillar) && (
        <p className="muted">
          {[owner.trim(), due && `due ${due}`, pillar && PILLAR_INFO[pillar].label]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      <p className="hint">
        It was written but "Add commitment" was not pressed. It is kept as a draft with this huddle,
        also after it is finished, until you add it or discard it.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void add()}>
          Add it <span className="visually-hidden">to this huddle's commitments</span>
        </button>
        <ConfirmButton
          message="Discard this commitment? What was written is deleted."
          confirmLabel="Yes, discard it"
          onConfirm={() => clearDraft(draftKey)}
        >
          Discard <span className="visually-hidden">the commitment not added</span>
        </ConfirmButton>
      </div>
      <ErrorMessage error={error} />
    </section>
  );
}
