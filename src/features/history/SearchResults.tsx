import { Link } from 'react-router';
import { UserText } from '../../ui/UserText';
import type { HighlightPart, SearchHit } from '../../workers/searchProtocol';
import { formatDateTime } from './format';

/** The snippet as text nodes, matched words wrapped in <mark>: never parsed as HTML. */
export function Highlighted({ parts }: { parts: HighlightPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.mark ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are a fixed split of one text.
          <mark key={i}>{part.text}</mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** Where a hit opens: its huddle's summary, scrolled to the step it was given in. */
export function hitLocation(hit: SearchHit) {
  return {
    pathname: `/history/${hit.sessionId}`,
    hash: hit.stepIndex === null ? '#commitments-made' : `#step-${hit.stepIndex}`,
  };
}

export function SearchResults({ hits, query }: { hits: SearchHit[]; query: string }) {
  return (
    <ol className="search-results" aria-label={`Search results for “${query}”`}>
      {hits.map((hit) => (
        <li key={hit.id} className="search-result">
          <h3 className="search-result-title">
            <Link to={hitLocation(hit)}>
              <UserText text={hit.stepTitle} />
              {' · '}
              <UserText text={hit.teamName} clamp />
              {' · '}
              <time dateTime={new Date(hit.startedAt).toISOString()}>
                {formatDateTime(hit.startedAt)}
              </time>
            </Link>
          </h3>
          {hit.kind === 'answer' ? (
            hit.prompt && (
              <p className="search-result-prompt">
                <UserText text={hit.prompt} />
              </p>
            )
          ) : (
            <p className="search-result-prompt">
              Commitment
              {hit.owner ? (
                <>
                  , taken on by <UserText text={hit.owner} />
                </>
              ) : (
                ''
              )}
            </p>
          )}
          <p className="search-result-text">
            {hit.name && (
              <span className="search-result-by">
                <UserText text={hit.name} />:{' '}
              </span>
            )}
            <bdi className="user-text">
              <Highlighted parts={hit.parts} />
            </bdi>
          </p>
        </li>
      ))}
    </ol>
  );
}
