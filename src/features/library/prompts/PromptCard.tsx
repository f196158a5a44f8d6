import { useEffect, useRef, useState } from 'react';
import { setPromptRetired } from '../../../db/library';
import { CATEGORY_LABELS, KIND_LABELS, PILLAR_LABELS } from '../../../domain/pillars';
import type { Prompt } from '../../../domain/types';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { shownText, UserText } from '../../../ui/UserText';
import { PromptForm } from './PromptForm';

/** One prompt: what it asks, where it belongs, and what may be done with it. */
export function PromptCard({
  prompt,
  builtInNoteId,
  hasDraft,
}: {
  prompt: Prompt;
  builtInNoteId: string;
  /** Unsaved edits are kept: the card opens in its editor with them. */
  hasDraft: boolean;
}) {
  const [editing, setEditing] = useState(hasDraft && !prompt.builtIn);
  const [error, setError] = useState<unknown>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editRef.current?.focus();
    }
  }, [editing]);

  async function toggleRetired() {
    try {
      await setPromptRetired(prompt.id, !prompt.retired);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }

  if (editing) {
    return (
      <li className="card lib-prompt-card">
        <PromptForm
          prompt={prompt}
          onDone={() => {
            returnFocus.current = true;
            setEditing(false);
          }}
        />
      </li>
    );
  }

  const offLabel = prompt.builtIn ? 'Hidden' : 'Retired';
  return (
    <li className={prompt.retired ? 'card lib-prompt-card is-retired' : 'card lib-prompt-card'}>
      <p className="lib-prompt-text">
        <UserText text={prompt.text} />
      </p>
      <ul className="tag-list" aria-label="About this prompt">
        <li className="tag">{PILLAR_LABELS[prompt.pillar]}</li>
        <li className="tag">{CATEGORY_LABELS[prompt.category]}</li>
        <li className="tag">{KIND_LABELS[prompt.kind]}</li>
        <li className="tag tag-strong">{prompt.builtIn ? 'Built-in' : 'Your own'}</li>
        {prompt.retired && <li className="tag tag-warn">{offLabel}: not offered</li>}
      </ul>
      {prompt.kind === 'choice' && prompt.choices && (
        <p className="muted">Choices: {prompt.choices.join(' · ')}</p>
      )}
      {prompt.facilitatorNote && (
        <details className="fold">
          <summary>Facilitator note</summary>
          <p className="note-text">{prompt.facilitatorNote}</p>
        </details>
      )}
      <div className="button-row">
        {!prompt.builtIn && (
          <button
            ref={editRef}
            type="button"
            className="secondary"
            onClick={() => setEditing(true)}
          >
            Edit<span className="visually-hidden">: {shownText(prompt.text)}</span>
          </button>
        )}
        <button
          type="button"
          className="secondary"
          onClick={toggleRetired}
          aria-describedby={prompt.builtIn ? builtInNoteId : undefined}
        >
          {prompt.builtIn
            ? prompt.retired
              ? 'Show'
              : 'Hide'
            : prompt.retired
              ? 'Restore'
              : 'Retire'}
          <span className="visually-hidden">: {shownText(prompt.text)}</span>
        </button>
      </div>
      <ErrorMessage error={error} />
    </li>
  );
}
