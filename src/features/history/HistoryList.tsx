import { defaultRangeExtractor, useWindowVirtualizer } from '@tanstack/react-virtual';
import { type FocusEvent, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Session } from '../../domain/types';
import { HistoryRow } from './HistoryRow';

/** Ask for the next page when the last drawn row is this close to the end of what is loaded. */
const NEAR_END = 15;
/** A typical row's height in pixels before it is measured. */
const ESTIMATED_ROW = 150;

/**
 * The huddles, newest first, drawn as a window over the page scroll: only the rows near the
 * viewport exist in the DOM, so 10,000 huddles scroll like 10. Every row is a link, in reading
 * order, so Tab walks the list (a focused row scrolls into view and the window follows it) and
 * each row says where it sits in the whole list (aria-posinset / aria-setsize).
 */
export function HistoryList({
  sessions,
  commitmentCounts,
  teamNames,
  total,
  hasMore,
  loading,
  onNearEnd,
  describedBy,
}: {
  sessions: Session[];
  commitmentCounts: Record<string, number>;
  teamNames: Map<string, string>;
  /** All matching huddles (not only those loaded); undefined while counting. */
  total: number | undefined;
  hasMore: boolean;
  loading: boolean;
  onNearEnd: () => void;
  describedBy: string;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  // Where the list starts on the page: the window scroll is measured from the document's top.
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const top = (listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - scrollMargin) > 0.5) setScrollMargin(top);
  });
  // The row holding keyboard focus stays drawn even when scrolled away, so focus is never lost.
  const focused = useRef<number | null>(null);
  const virtualizer = useWindowVirtualizer({
    count: sessions.length,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 6,
    scrollMargin,
    getItemKey: (index) => sessions[index]?.id ?? index,
    rangeExtractor: useCallback((range: Parameters<typeof defaultRangeExtractor>[0]) => {
      const indexes = defaultRangeExtractor(range);
      const f = focused.current;
      if (f !== null && f < range.count && !indexes.includes(f)) {
        indexes.push(f);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    }, []),
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const lastDrawn = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loading && lastDrawn >= sessions.length - NEAR_END) onNearEnd();
  }, [hasMore, loading, lastDrawn, sessions.length, onNearEnd]);

  function trackFocus(event: FocusEvent<HTMLOListElement>) {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    focused.current = row ? Number(row.dataset.index) : null;
  }

  const setSize = total ?? (hasMore ? -1 : sessions.length);
  return (
    <ol
      ref={listRef}
      className="history-vlist"
      aria-label="Huddles, newest first"
      aria-describedby={describedBy}
      aria-busy={loading}
      onFocus={trackFocus}
      onBlur={() => {
        focused.current = null;
      }}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => {
        const session = sessions[item.index];
        if (!session) return null;
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="history-vitem"
            aria-posinset={item.index + 1}
            aria-setsize={setSize}
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            <HistoryRow
              session={session}
              teamName={teamNames.get(session.teamId) ?? 'Unknown team'}
              commitments={commitmentCounts[session.id] ?? 0}
            />
          </li>
        );
      })}
    </ol>
  );
}
