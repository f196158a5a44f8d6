import { errorText } from '../../../ui/ErrorMessage';
import type { SaveStatus } from './useAnswerDraft';

export function SaveStatusText({ status, error }: { status: SaveStatus; error: unknown }) {
  if (status === 'error') {
    return (
      <p className="save-status error-message" role="alert">
        {errorText(error)} Your words are still here; saving will retry.
      </p>
    );
  }
  const text =
    status === 'saved' ? 'Saved' : status === 'saving' || status === 'pending' ? 'Saving…' : '';
  return (
    <p className="save-status muted" aria-live="off">
      {text}
    </p>
  );
}
