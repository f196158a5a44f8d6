import { useEffect, useRef } from 'react';
import { ACTIONS, keyLabel } from '../../domain/huddle/actions';

/** Lists every shortcut from the one action table the keys and buttons share. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <p className="muted">Shortcuts are ignored while someone is typing in a box.</p>
      <dl className="facts">
        {ACTIONS.filter((a) => a.keys.length > 0).map((action) => (
          <div key={action.id} className="fact-row">
            <dt>
              {action.keys.map((k) => (
                <kbd key={k}>{keyLabel(k)}</kbd>
              ))}
            </dt>
            <dd>{action.help ?? action.label}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
