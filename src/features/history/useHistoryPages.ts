// The pages of the history list loaded so far, for one set of filters. Pages come from
// listHistoryPage (key ranges, ~50 at a time); the list asks for the next one as the reader nears
// the end. When a huddle is written anywhere, the pages already shown are read again.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  HISTORY_PAGE_SIZE,
  type HistoryCursor,
  type HistoryFilter,
  listHistoryPage,
  useHistoryVersion,
} from '../../db/history';
import type { Session } from '../../domain/types';

export interface HistoryPages {
  sessions: Session[];
  commitmentCounts: Record<string, number>;
  /** Whether older huddles may remain. */
  hasMore: boolean;
  loading: boolean;
  /** True until the first page for the current filters has arrived. */
  initial: boolean;
  error: unknown;
  loadMore: () => void;
}

interface State {
  key: string;
  sessions: Session[];
  commitmentCounts: Record<string, number>;
  next: HistoryCursor | null;
  done: boolean;
  loading: boolean;
  initial: boolean;
  error: unknown;
  /** Records read so far, so a refresh may read as far again. */
  scanned: number;
}

function fresh(key: string): State {
  return {
    key,
    sessions: [],
    commitmentCounts: {},
    next: null,
    done: false,
    loading: true,
    initial: true,
    error: null,
    scanned: 0,
  };
}

export function useHistoryPages(filter: HistoryFilter, key: string): HistoryPages {
  const [state, setState] = useState<State>(() => fresh(key));
  const stateRef = useRef(state);
  stateRef.current = state;
  const filterRef = useRef(filter);
  filterRef.current = filter;
  // Each request gets a number; an answer to anything but the latest is dropped.
  const token = useRef(0);
  const version = useHistoryVersion();
  const lastVersion = useRef<string | undefined>(undefined);

  const read = useCallback(
    (
      cursor: HistoryCursor | null,
      replace: boolean,
      options?: { pageSize: number; maxScan: number },
    ) => {
      const request = ++token.current;
      const requestKey = stateRef.current.key;
      setState((s) => ({ ...s, loading: true }));
      listHistoryPage(filterRef.current, cursor, options).then(
        (page) => {
          if (token.current !== request) return;
          setState((s) => {
            if (s.key !== requestKey) return s;
            const kept = replace ? [] : s.sessions;
            const known = new Set(kept.map((x) => x.id));
            return {
              ...s,
              sessions: [...kept, ...page.sessions.filter((x) => !known.has(x.id))],
              commitmentCounts: replace
                ? page.commitmentCounts
                : { ...s.commitmentCounts, ...page.commitmentCounts },
              next: page.next,
              done: page.next === null,
              loading: false,
              initial: false,
              error: null,
              scanned: replace ? page.scanned : s.scanned + page.scanned,
            };
          });
        },
        (error: unknown) => {
          if (token.current === request) setState((s) => ({ ...s, loading: false, error }));
        },
      );
    },
    [],
  );

  // New filters: start again from the newest huddle.
  useEffect(() => {
    const next = fresh(key);
    stateRef.current = next;
    setState(next);
    read(null, true);
  }, [key, read]);

  // A huddle or commitment was written: read the pages on screen again (as far as they reached).
  useEffect(() => {
    if (version === undefined) return;
    const previous = lastVersion.current;
    lastVersion.current = version;
    if (previous === undefined || previous === version) return;
    const s = stateRef.current;
    read(null, true, {
      pageSize: Math.max(HISTORY_PAGE_SIZE, s.sessions.length),
      maxScan: Math.max(1_000, s.scanned),
    });
  }, [version, read]);

  const loadMore = useCallback(() => {
    const s = stateRef.current;
    if (s.loading || s.done || !s.next) return;
    read(s.next, false);
  }, [read]);

  const current = state.key === key ? state : fresh(key);
  return {
    sessions: current.sessions,
    commitmentCounts: current.commitmentCounts,
    hasMore: !current.done,
    loading: current.loading,
    initial: current.initial,
    error: current.error,
    loadMore,
  };
}
