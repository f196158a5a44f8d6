import { useEffect, useRef } from 'react';
import { type ActionId, actionForKey } from '../../domain/huddle/actions';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['radio', 'checkbox', 'button', 'submit'].includes(type);
}

/**
 * Single-key shortcuts for the facilitator. Keys typed into a text field, or pressed with
 * Ctrl/Meta/Alt, are never taken: someone writing "perhaps" must not pass.
 */
export function useKeyboardShortcuts(run: (id: ActionId) => void, enabled: boolean): void {
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      // Arrow keys inside radio groups move the selection; leave them alone there.
      if (event.key.startsWith('Arrow') && event.target instanceof HTMLInputElement) return;
      const action = actionForKey(event.key);
      if (!action) return;
      event.preventDefault();
      runRef.current(action.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
