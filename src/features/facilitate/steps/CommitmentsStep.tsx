import { type FormEvent, useId, useState } from 'react';
import { addCommitment, deleteCommitment } from '../../../db/commitments';
import { useSessionCommitments } from '../../../db/hooks';
import { PILLAR_INFO } from '../../../domain/library/pillars';
import { PILLARS, type Pillar } from '../../../domain/types';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { shownText, UserText } from '../../../ui/UserText';
import { participantName, useHuddleData } from '../huddleData';

/** One small, concrete thing each: what we will do before we meet again. */
export function CommitmentsStep() {
  const data = useHuddleData();
  const commitments = useSessionCommitments(data.session.id);
  const ids = { text: useId(), owner: useId(), due: useId(), pillar: useId(), owners: useId() };
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [pillar, setPillar] = useState<Pillar | ''>('');
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
      setText('');
      setOwner('');
      setDue('');
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
          onChange={(e) => setText(e.target.value)}
          maxLength={1000}
        />
        <div className="form-grid">
          <div>
            <label htmlFor={ids.owner}>Who (optional)</label>
            <input
              id={ids.owner}
              list={ids.owners}
              value={owner}
              onChange={(e) => setOwner(e.target.value)}
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
            <input id={ids.due} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
          </div>
          <div>
            <label htmlFor={ids.pillar}>Pillar (optional)</label>
            <select
              id={ids.pillar}
              value={pillar}
              onChange={(e) => setPillar(e.target.value as Pillar | '')}
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
        <button type="submit">Add commitment</button>
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
