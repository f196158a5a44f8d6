import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { NEW_RECORD } from '../../../db/drafts';
import { useDraftScopes, usePrompts } from '../../../db/hooks';
import { EmptyState } from '../../../ui/EmptyState';
import { PromptCard } from './PromptCard';
import { type PromptFilter, PromptFilters } from './PromptFilters';
import { PromptForm } from './PromptForm';
import { comparePrompts, matchesFilter } from './sortPrompts';

const ALL: PromptFilter = { pillar: '', category: '', status: 'all' };

export function PromptsPanel() {
  const prompts = usePrompts();
  const drafts = useDraftScopes('prompt');
  const [draftsSeen, setDraftsSeen] = useState(false);
  const builtInNoteId = useId();
  const [filter, setFilter] = useState<PromptFilter>(ALL);
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState('');
  const newRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!creating && returnFocus.current) {
      returnFocus.current = false;
      newRef.current?.focus();
    }
  }, [creating]);

  const shown = useMemo(
    () => (prompts ?? []).filter((p) => matchesFilter(p, filter)).sort(comparePrompts),
    [prompts, filter],
  );

  if (prompts === undefined || drafts === undefined) {
    return <p aria-live="polite">Loading prompts…</p>;
  }
  if (!draftsSeen) {
    // A prompt left half-written comes back open, as it was typed.
    setDraftsSeen(true);
    if (drafts.includes(NEW_RECORD)) setCreating(true);
  }
  return (
    <section aria-labelledby="prompts-heading">
      <h2 id="prompts-heading">Prompts</h2>
      <p className="muted" id={builtInNoteId}>
        Built-in prompts come with the app: they can be hidden, never edited or deleted, so past
        answers always keep their question. Hidden and retired prompts are not offered in new
        huddles.
      </p>
      {creating ? (
        <div className="card">
          <PromptForm
            prompt={null}
            onDone={(saved) => {
              returnFocus.current = true;
              setCreating(false);
              setStatus(saved ? 'Prompt added. It is listed with the others below.' : '');
            }}
          />
        </div>
      ) : (
        <p>
          <button ref={newRef} type="button" onClick={() => setCreating(true)}>
            New prompt
          </button>
        </p>
      )}
      <p className="status-text" role="status">
        {status}
      </p>
      <PromptFilters filter={filter} onChange={setFilter} />
      <p className="muted" aria-live="polite">
        Showing {shown.length} of {prompts.length} prompts.
      </p>
      {prompts.length === 0 ? (
        <EmptyState title="No prompts yet">
          <p>Write your first prompt with "New prompt" above.</p>
        </EmptyState>
      ) : shown.length === 0 ? (
        <p className="hint">
          No prompt matches these filters.{' '}
          <button type="button" className="secondary" onClick={() => setFilter(ALL)}>
            Show all prompts
          </button>
        </p>
      ) : (
        <ul className="lib-prompt-list" aria-label="Prompts">
          {shown.map((p) => (
            <PromptCard
              key={p.id}
              prompt={p}
              builtInNoteId={builtInNoteId}
              hasDraft={drafts.includes(p.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
