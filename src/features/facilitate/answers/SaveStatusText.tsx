import { useRef } from 'react';
import { errorText } from '../../../ui/ErrorMessage';
import type { SaveStatus } from './useAnswerDraft';

/**
 * The answer's save state. Shown all the time ("Saving…" / "Saved"); announced politely only
 * on the first save and after a failed save recovers, since a screen reader saying "Saved"
 * after every pause in typing would talk over the person's own echo.
 */
export function SaveStatusText({ status, error }: { status: SaveStatus; error: unknown }) {
  // Whether "saved" should be announced at the next save: at first, and again after an error.
  const announceNext = useRef(true);
  if (status === 'error') {
    announceNext.current = true;
    return (
      <p className="save-status error-message" role="alert">
        {errorText(error)} Your words are still here; saving will retry.
      </p>
    );
  }
  if (status === 'saved') announceNext.current = false;
  const text =
    status === 'saved' ? 'Saved' : status === 'saving' || status === 'pending' ? 'Saving…' : '';
  return (
    <>
      <p className="save-status muted" aria-live="off">
        {text}
      </p>
      <span className="visually-hidden" role="status">
        {announceNext.current ? '' : 'Your answer is saved.'}
      </span>
    </>
  );
}
