import { useId } from 'react';
import type { SearchResults as Results } from '../../lib/searchClient';
import type { IndexStatus } from '../../workers/searchProtocol';
import { plural } from './format';
import { SearchResults } from './SearchResults';

const count = (n: number) => n.toLocaleString();

/** The one line that says what search is doing: building, or what it found. */
export function searchStatusText(
  status: IndexStatus,
  query: string,
  results: Results | null,
  error: string | null,
): string {
  if (error) return error;
  if (status.state === 'unavailable') return 'Search is not available in this browser.';
  if (status.state === 'failed') return status.message;
  const found =
    query && results
      ? results.total === 0
        ? `No answers or commitments match “${results.query}”.`
        : `${count(results.total)} ${results.total === 1 ? 'result' : 'results'} for “${results.query}”${
            results.hits.length < results.total ? `, the best ${results.hits.length} shown` : ''
          }.`
      : '';
  if (status.state === 'indexing') {
    // Newest first: a search while the index builds covers the most recent answers already.
    if (found) {
      return `${found} Searched the ${count(status.done)} newest of ${count(status.total)} answers and commitments; still indexing the rest…`;
    }
    return status.done > 0
      ? `Indexing answers and commitments, newest first: ${count(status.done)} of ${count(status.total)}. You can search them already.`
      : `Indexing ${count(status.total)} answers and commitments…`;
  }
  if (status.state === 'idle') return query ? 'Starting search…' : '';
  return found;
}

/** The search box. Its text is the caller's (kept in the address with the filters). */
export function SearchBox({
  text,
  onTextChange,
  statusText,
  note,
  progress,
}: {
  text: string;
  onTextChange: (text: string) => void;
  statusText: string;
  /** How far the first indexing has come, while it runs. */
  progress?: { done: number; total: number } | null;
  /** Extra words under the box (e.g. which filters apply). */
  note: string | null;
}) {
  const id = useId();
  return (
    // A form with role=search rather than <search>: Safari before 17, still on many agency
    // tablets, does not know the element.
    // biome-ignore lint/a11y/useSemanticElements: see above.
    <form role="search" className="history-search" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={`${id}-q`}>Search answers and commitments</label>
      <input
        id={`${id}-q`}
        type="search"
        value={text}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-status`}
        onChange={(e) => onTextChange(e.target.value)}
      />
      {note && <p className="muted history-search-note">{note}</p>}
      <p id={`${id}-status`} className="history-search-status" role="status">
        {statusText}
      </p>
      {progress && progress.total > 0 && (
        <progress
          className="history-search-progress"
          aria-label="Search index built so far"
          value={progress.done}
          max={progress.total}
        />
      )}
    </form>
  );
}

/** The results that replace the list while a search is typed. */
export function SearchSection({
  results,
  onClear,
}: {
  results: Results | null;
  onClear: () => void;
}) {
  return (
    <section className="history-search-results" aria-labelledby="search-results-heading">
      <h2 id="search-results-heading">Search results</h2>
      {results && results.hits.length > 0 && (
        <SearchResults hits={results.hits} query={results.query} />
      )}
      {results?.partial && results.hits.length > 0 && (
        <p className="muted">
          Still indexing older answers: more may match in a moment (
          {plural(results.hits.length, 'result')} so far, from the newest answers).
        </p>
      )}
      <p>
        <button type="button" className="secondary" onClick={onClear}>
          Clear search
        </button>
      </p>
    </section>
  );
}
