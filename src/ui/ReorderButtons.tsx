import { useEffect, useRef } from 'react';

/** A copy of `items` with the item at `from` moved to `to` (clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(target, 0, item);
  return next;
}

interface ReorderButtonsProps {
  index: number;
  count: number;
  /** Names the item for screen readers, e.g. "agreement 2" → "Move up agreement 2". */
  itemLabel: string;
  onMove: (from: number, to: number) => void;
}

/**
 * "Move up" / "Move down" for an ordered list. The buttons stay focusable at the ends
 * (aria-disabled) and focus follows the moved item, so a keyboard user can keep pressing.
 */
export function ReorderButtons({ index, count, itemLabel, onMove }: ReorderButtonsProps) {
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);
  const moved = useRef<'up' | 'down' | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refocus after this item's position changes.
  useEffect(() => {
    if (moved.current === 'up') upRef.current?.focus();
    if (moved.current === 'down') downRef.current?.focus();
    moved.current = null;
  }, [index]);

  const atTop = index === 0;
  const atBottom = index >= count - 1;
  return (
    <span className="reorder-buttons">
      <button
        ref={upRef}
        type="button"
        className="secondary"
        aria-disabled={atTop}
        onClick={() => {
          if (atTop) return;
          moved.current = 'up';
          onMove(index, index - 1);
        }}
      >
        <span aria-hidden="true">↑ </span>Move up{' '}
        <span className="visually-hidden">{itemLabel}</span>
      </button>
      <button
        ref={downRef}
        type="button"
        className="secondary"
        aria-disabled={atBottom}
        onClick={() => {
          if (atBottom) return;
          moved.current = 'down';
          onMove(index, index + 1);
        }}
      >
        <span aria-hidden="true">↓ </span>Move down{' '}
        <span className="visually-hidden">{itemLabel}</span>
      </button>
    </span>
  );
}
