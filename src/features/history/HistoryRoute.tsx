import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useHistory, useTeams } from '../../db/hooks';
import type { SessionCursor } from '../../db/queries';
import { EmptyState } from '../../ui/EmptyState';
import { plural } from './format';
import { HistoryFilters, type HistoryFilterValues, isSessionStatus } from './HistoryFilters';
import { HistoryList, type HistoryListHandle } from './HistoryList';

/** Sessions per "Show more". */
export const HISTORY_PAGE_SIZE = 50;

/** Filters live in the address, so Back from a summary returns to the same list. */
function useHistoryFilters(): [HistoryFilterValues, (next: HistoryFilterValues) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const values: HistoryFilterValues = {
    teamId: params.get('team') ?? '',
    status: isSessionStatus(status) ? status : '',
  };
  const set = (next: HistoryFilterValues) => {
    const out = new URLSearchParams(params);
    for (const [key, value] of [
      ['team', next.teamId],
      ['status', next.status],
    ] as const) {
      if (value) out.set(key, value);
      else out.delete(key);
    }
    setParams(out, { replace: true });
  };
  return [values, set];
}

export function HistoryRoute() {
  const [filters, setFilters] = useHistoryFilters();
  const filterKey = `${filters.teamId}|${filters.status}`;
  // The pager belongs to one set of filters: a new filter starts again from the newest page.
  const [pager, setPager] = useState<{ key: string; floor: SessionCursor | null }>({
    key: filterKey,
    floor: null,
  });
  const floor = pager.key === filterKey ? pager.floor : null;
  const teams = useTeams();
  const page = useHistory(
    { teamId: filters.teamId || undefined, status: filters.status || undefined },
    HISTORY_PAGE_SIZE,
    floor,
  );
  const listRef = useRef<HistoryListHandle>(null);
  const focusAfterMore = useRef<number | null>(null);
  const teamNames = useMemo(() => new Map((teams ?? []).map((t) => [t.id, t.name])), [teams]);
  const filtered = Boolean(filters.teamId || filters.status);

  // Once "Show more" has drawn the new rows, keyboard focus goes to the first of them.
  useEffect(() => {
    const index = focusAfterMore.current;
    if (index === null || !page || page.sessions.length <= index) return;
    focusAfterMore.current = null;
    listRef.current?.focusRow(index);
  }, [page]);

  function showMore() {
    if (!page?.next) return;
    focusAfterMore.current = page.sessions.length;
    setPager({ key: filterKey, floor: page.next });
  }

  if (!page || !teams) {
    return (
      <div className="page">
        <h1>History</h1>
        <p className="muted">Loading huddles…</p>
      </div>
    );
  }

  if (page.sessions.length === 0 && !filtered) {
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
      <HistoryFilters teams={teams} values={filters} onChange={setFilters} />
      <h2 className="visually-hidden">Huddles</h2>
      <p className="muted" role="status">
        {page.sessions.length === 0
          ? 'No huddles match these filters.'
          : page.next
            ? `Showing the newest ${page.sessions.length} huddles.`
            : `Showing ${plural(page.sessions.length, 'huddle')}.`}
      </p>
      {page.sessions.length === 0 ? (
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() => setFilters({ teamId: '', status: '' })}
          >
            Clear filters
          </button>
        </p>
      ) : (
        <HistoryList
          ref={listRef}
          sessions={page.sessions}
          teamNames={teamNames}
          commitmentCounts={page.commitmentCounts}
        />
      )}
      {page.next && (
        <p>
          <button type="button" className="secondary" onClick={showMore}>
            Show more
          </button>
        </p>
      )}
    </div>
  );
}
