import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { ErrorMessage } from './ErrorMessage';

interface ConfirmButtonProps {
  /** The first button's content (visible text; add visually-hidden context if repeated). */
  children: ReactNode;
  /** What will happen, in plain words, shown before the person confirms. */
  message: ReactNode;
  /** The confirming button's text, e.g. "Yes, close the huddle". */
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => Promise<void> | void;
  /** Class of the first button; defaults to a secondary button. */
  className?: string;
  /** Style the confirming button as destructive. */
  danger?: boolean;
}

/**
 * A button that asks once, inline, before it acts. No modal: the question appears in place,
 * focus moves to the confirming button, and Escape or "Cancel" puts focus back.
 */
export function ConfirmButton({
  children,
  message,
  confirmLabel,
  cancelLabel = 'Cancel',
  onConfirm,
  className = 'secondary',
  danger = false,
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const restoreFocus = useRef(false);
  const messageId = useId();

  useEffect(() => {
    if (asking) {
      confirmRef.current?.focus();
    } else if (restoreFocus.current) {
      restoreFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  function cancel() {
    restoreFocus.current = true;
    setError(null);
    setAsking(false);
  }

  async function confirm() {
    setBusy(true);
    try {
      await onConfirm();
      setError(null);
      restoreFocus.current = true;
      setAsking(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (!asking) {
    return (
      <button ref={triggerRef} type="button" className={className} onClick={() => setAsking(true)}>
        {children}
      </button>
    );
  }
  return (
    <fieldset
      className="confirm-box"
      aria-labelledby={messageId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') cancel();
      }}
    >
      <p id={messageId}>{message}</p>
      <div className="button-row">
        <button
          ref={confirmRef}
          type="button"
          className={danger ? 'danger' : undefined}
          disabled={busy}
          onClick={confirm}
        >
          {confirmLabel}
        </button>
        <button type="button" className="secondary" onClick={cancel}>
          {cancelLabel}
        </button>
      </div>
      <ErrorMessage error={error} />
    </fieldset>
  );
}
