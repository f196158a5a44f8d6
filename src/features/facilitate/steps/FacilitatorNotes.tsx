import type { Prompt } from '../../../domain/types';

/** Guidance for the facilitator; closed by default in case this screen is on the wall. */
export function FacilitatorNotes({ prompts }: { prompts: Prompt[] }) {
  const notes = prompts.filter((p) => p.facilitatorNote);
  if (notes.length === 0) return null;
  return (
    <details className="facilitator-notes">
      <summary>Facilitator notes (for you, not the room)</summary>
      <ul>
        {notes.map((p) => (
          <li key={p.id}>
            {notes.length > 1 && <strong>{p.text} </strong>}
            {p.facilitatorNote}
          </li>
        ))}
      </ul>
    </details>
  );
}
