import './history.css';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useHistoryCount } from '../../db/history';
import { useTeams } from '../../db/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { HistoryFilters } from './HistoryFilters';
import { HistoryList } from './HistoryList';
import { SearchBox, SearchSection, searchStatusText } from './HistorySearch';
import {
  filterKey,
  type HistoryFilterValues,
  isFiltered,
  readFilters,
  toHistoryFilter,
  toSearchFilters,
  writeFilters,
} from './historyParams';
import { useHistoryPages } from './useHistoryPages';
import { SEARCH_DEBOUNCE_MS, useDebounced, useSearch } from './useSearch';

function countText(total: number | undefined): string {
  if (total === undefined) return 'Counting huddles…';
  if (total === 0) return 'No huddles match these filters.';
  return `${total.toLocaleString()} ${total === 1 ? 'huddle' : 'huddles'}`;
}

/** The search text lives in the address as ?q=, written once typing pauses. */
function useSearchText(): [string, (text: string) => void, string] {
  const [params, setParams] = useSearchParams();
  const inAddress = params.get('q') ?? '';
  const [text, setText] = useState(inAddress);
  const query = useDebounced(text, SEARCH_DEBOUNCE_MS).trim();
  const written = useRef(inAddress);

  // The address changed from outside (Back, a link to /history): follow it.
  useEffect(() => {
    if (inAddress === written.current) return;
    written.current = inAddress;
    setText(inAddress);
  }, [inAddress]);

  useEffect(() => {
    if (query === written.current) return;
    written.current = query;
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        if (query) out.set('q', query);
        else out.delete('q');
        return out;
      },
      { replace: true },
    );
  }, [query, setParams]);

  return [text, setText, query];
}

/** Every huddle of every team, filterable, searchable, and smooth at 10,000 huddles. */
export function HistoryRoute() {
  const [params, setParams] = useSearchParams();
  const values = readFilters(params);
  const key = filterKey(values);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the filters' value.
  const filter = useMemo(() => toHistoryFilter(values), [key]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the filters' value.
  const searchFilters = useMemo(() => toSearchFilters(values), [key]);
  const setFilters = (next: HistoryFilterValues) =>
    setParams((prev) => writeFilters(prev, next), { replace: true });

  const [text, setText, query] = useSearchText();
  const search = useSearch(query, searchFilters, key);
  const teams = useTeams();
  const total = useHistoryCount(filter, key);
  const pages = useHistoryPages(filter, key);
  const { loadMore } = pages;
  const onNearEnd = useCallback(() => loadMore(), [loadMore]);
  const teamNames = useMemo(() => new Map((teams ?? []).map((t) => [t.id, t.name])), [teams]);
  const countId = useId();
  const filtered = isFiltered(values);

  // Only the first visit waits on a loading screen; later filter changes keep the controls (and
  // the focus in them) on screen while the list reloads.
  const shown = useRef(false);
  if (teams && total !== undefined && !pages.initial) shown.current = true;
  if (!teams || (!shown.current && (total === undefined || pages.initial))) {
    return (
      <div className="page">
        <h1>History</h1>
        <p className="muted">Loading huddles…</p>
      </div>
    );
  }

  if (total === 0 && !filtered && !query && !text) {
    return (
      <div className="page">
        <h1>History</h1>
        <EmptyState title="No huddles yet">
          <p>Every huddle you run is saved here, on this device.</p>
          <p>
            <Link className="button" to="/facilitate">
              Run your first huddle
            </Link>
          </p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="page history-page">
      <h1>History</h1>
      <p className="lead">
        Every huddle on this device, newest first. Open one to read or print it.
      </p>
      <SearchBox
        text={text}
        onTextChange={setText}
        statusText={searchStatusText(search.status, query, search.results, search.error)}
        progress={search.status.state === 'indexing' ? search.status : null}
        note={
          query && values.status
            ? 'Team, pillar and date filters narrow the search; status does not.'
            : null
        }
      />
      <HistoryFilters teams={teams} values={values} onChange={setFilters} />
      {query ? (
        <SearchSection results={search.results} onClear={() => setText('')} />
      ) : (
        <section className="history-huddles" aria-labelledby="huddles-heading">
          <h2 id="huddles-heading" className="visually-hidden">
            Huddles
          </h2>
          <p id={countId} className="history-count" role="status">
            {countText(pages.initial ? undefined : total)}
          </p>
          {Boolean(pages.error) && (
            <p className="error-message" role="alert">
              Could not read the huddles stored on this device.
            </p>
          )}
          {(total ?? pages.sessions.length) > 0 && (
            <HistoryList
              sessions={pages.sessions}
              commitmentCounts={pages.commitmentCounts}
              teamNames={teamNames}
              total={total}
              hasMore={pages.hasMore}
              loading={pages.loading}
              onNearEnd={onNearEnd}
              describedBy={countId}
            />
          )}
          {pages.loading && !pages.initial && (
            <p className="muted history-loading">Loading older huddles…</p>
          )}
        </section>
      )}
    </div>
  );
}
