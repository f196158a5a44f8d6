import type { ButtonHTMLAttributes } from 'react';
import { type ActionId, actionById, ariaKeyShortcuts, keyLabel } from '../../domain/huddle/actions';

type ShortcutButtonProps = { action: ActionId } & ButtonHTMLAttributes<HTMLButtonElement>;

/**
 * A button for a huddle action that has a key. The key is exposed as aria-keyshortcuts and shown
 * as a badge that is hidden from assistive technology, so the button's name stays "Pass", not
 * "Pass P" (and speech input users can say the name they see).
 */
export function ShortcutButton({ action, children, ...button }: ShortcutButtonProps) {
  const shortcut = actionById(action);
  const first = shortcut.keys[0];
  return (
    <button type="button" aria-keyshortcuts={ariaKeyShortcuts(shortcut)} {...button}>
      {children}
      {first !== undefined && (
        <span aria-hidden="true">
          {' '}
          <kbd>{keyLabel(first)}</kbd>
        </span>
      )}
    </button>
  );
}
