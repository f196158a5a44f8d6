import { type KeyboardEvent, type ReactNode, useRef } from 'react';

export interface TabItem {
  id: string;
  label: string;
}

function tabId(idBase: string, id: string) {
  return `${idBase}-tab-${id}`;
}

function panelId(idBase: string, id: string) {
  return `${idBase}-panel-${id}`;
}

interface TabsProps {
  /** Names the tab list for screen readers. */
  label: string;
  items: readonly TabItem[];
  selected: string;
  onSelect: (id: string) => void;
  /** Unique prefix for the tab and panel ids. */
  idBase: string;
}

/**
 * An ARIA tab list: arrow keys, Home and End move between tabs and select them. Only the
 * selected panel is rendered, so only the selected tab points at one (aria-controls).
 */
export function Tabs({ label, items, selected, onSelect, idBase }: TabsProps) {
  const listRef = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent) {
    const at = items.findIndex((t) => t.id === selected);
    const last = items.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? at === last
          ? 0
          : at + 1
        : event.key === 'ArrowLeft'
          ? at === 0
            ? last
            : at - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    const item = next === null ? undefined : items[next];
    if (!item) return;
    event.preventDefault();
    onSelect(item.id);
    listRef.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next ?? 0]?.focus();
  }

  return (
    <div ref={listRef} className="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {items.map((item) => {
        const isSelected = item.id === selected;
        return (
          <button
            key={item.id}
            id={tabId(idBase, item.id)}
            type="button"
            role="tab"
            className="tab"
            aria-selected={isSelected}
            aria-controls={isSelected ? panelId(idBase, item.id) : undefined}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(item.id)}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}

export function TabPanel({
  idBase,
  id,
  children,
}: {
  idBase: string;
  id: string;
  children: ReactNode;
}) {
  return (
    <div
      className="tab-panel"
      role="tabpanel"
      id={panelId(idBase, id)}
      aria-labelledby={tabId(idBase, id)}
    >
      {children}
    </div>
  );
}
