// The search box's state: the text typed, debounced, sent to the search worker; the latest
// answer kept; the worker's indexing status; results refreshed when the index changes.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { getSearchClient, type SearchResults } from '../../lib/searchClient';
import type { IndexStatus, SearchFilters } from '../../workers/searchProtocol';

/** Wait this long after the last keystroke before searching. */
export const SEARCH_DEBOUNCE_MS = 150;
/** While the index builds, a typed search refreshes this many times. */
const REFRESH_STEPS = 10;

export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export interface SearchState {
  status: IndexStatus;
  /** Results for `query`; null before the first answer for a non-empty query. */
  results: SearchResults | null;
  error: string | null;
}

/** Starts the worker on first use, so the index is building before anyone types. */
export function useSearchStatus(): IndexStatus {
  const client = getSearchClient();
  useEffect(() => client.start(), [client]);
  return useSyncExternalStore(client.subscribe, client.getStatus, client.getStatus);
}

export function useSearch(query: string, filters: SearchFilters, filtersKey: string): SearchState {
  const client = getSearchClient();
  const status = useSearchStatus();
  const [results, setResults] = useState<SearchResults | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Every change to the index (an answer saved, the first build finished) searches again, and
  // so does every tenth of the first build (it indexes newest first; results so far show).
  const version =
    status.state === 'ready'
      ? status.version
      : status.state === 'indexing' && status.total > 0
        ? -1 - Math.floor((status.done * REFRESH_STEPS) / status.total)
        : 0;
  const text = query.trim();

  // biome-ignore lint/correctness/useExhaustiveDependencies: filters are compared by filtersKey; version re-runs the search.
  useEffect(() => {
    if (!text) {
      setResults(null);
      setError(null);
      return;
    }
    let current = true;
    client.search(text, filters).then(
      (answer) => {
        if (!current || !answer) return;
        setResults(answer);
        setError(null);
      },
      (e: unknown) => {
        if (current) setError(e instanceof Error ? e.message : 'Search failed.');
      },
    );
    return () => {
      current = false;
    };
  }, [client, text, filtersKey, version]);

  return { status, results: text ? results : null, error };
}
