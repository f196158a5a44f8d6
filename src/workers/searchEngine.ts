// What the search worker does, as an object that only needs a `post` function: builds the index
// in chunks, keeps it in step with the database, and answers queries. The worker entry wires it
// to postMessage; tests run it in-process.
import type { ChangeChunk, ChangeCursor, SearchSourceState, SearchTable } from '../db/search';
import {
  listIds,
  observeSearchSources,
  readByIds,
  readChanges,
  readDeletionsSince,
  readHitRecords,
  readNewest,
} from '../db/search';
import type { Commitment, Response } from '../domain/types';
import {
  answerDoc,
  buildHit,
  commitmentDoc,
  createSearchIndex,
  removeDoc,
  runSearch,
  type SearchDoc,
  upsertDoc,
} from './searchIndex';
import type { FromWorker, IndexStatus, SearchHit, ToWorker } from './searchProtocol';

/** Records read per database round trip while indexing. */
export const INDEX_CHUNK = 2_000;

const TABLES: SearchTable[] = ['responses', 'commitments'];
/** The first build's order: the few commitments, then answers; each newest first. */
const BUILD_ORDER: SearchTable[] = ['commitments', 'responses'];

export interface SearchEngine {
  handle: (message: ToWorker) => Promise<void>;
  start: () => void;
  stop: () => void;
  /** Resolves once the index has caught up with the database (tests). */
  idle: () => Promise<void>;
}

function docOf(
  table: SearchTable,
  row: Response | Commitment,
  chunk: ChangeChunk<never>['sessions'],
) {
  const huddle = chunk[row.sessionId];
  return table === 'responses'
    ? answerDoc(row as Response, huddle)
    : commitmentDoc(row as Commitment, huddle);
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.name === 'DatabaseClosedError') {
    return 'Search stopped because the app was updated in another tab. Reload the page to search again.';
  }
  return 'Search could not read the answers stored on this device.';
}

export function createSearchEngine(
  post: (message: FromWorker) => void,
  { chunk = INDEX_CHUNK }: { chunk?: number } = {},
): SearchEngine {
  const index = createSearchIndex();
  // High-water marks: the last record read from each table, in `updatedAt` order.
  const cursors: Record<SearchTable, ChangeCursor | null> = { responses: null, commitments: null };
  // Every record id read (with or without words), to notice rows that vanish or appear unseen.
  const seen: Record<SearchTable, Set<string>> = { responses: new Set(), commitments: new Set() };
  let tombstoneMark = 0;
  let built = false;
  let version = 0;
  let status: IndexStatus = { state: 'idle' };
  let pending: SearchSourceState | null = null;
  let running: Promise<void> | null = null;
  let unsubscribe: (() => void) | null = null;
  let latestRequest = 0;

  const setStatus = (next: IndexStatus) => {
    status = next;
    post({ type: 'status', status });
  };

  function apply(
    table: SearchTable,
    rows: (Response | Commitment)[],
    facts: ChangeChunk<never>['sessions'],
  ) {
    for (const row of rows) {
      seen[table].add(row.id);
      upsertDoc(index, `${table}:${row.id}`, docOf(table, row, facts));
    }
  }

  function forget(id: string) {
    const [table, recordId] = id.split(/:(.*)/s) as [SearchTable, string];
    seen[table]?.delete(recordId);
    return removeDoc(index, id);
  }

  /**
   * The first build: each table newest first, so a search while it runs already covers the
   * most recent answers (results say they are partial). The newest row read becomes the table's
   * high-water mark: anything written meanwhile is newer and is read by the next catch-up.
   */
  async function build(state: SearchSourceState) {
    const total = state.responses + state.commitments;
    let done = 0;
    setStatus({ state: 'indexing', total, done });
    for (const table of BUILD_ORDER) {
      let before: ChangeCursor | null = null;
      for (;;) {
        const next: ChangeChunk<Response | Commitment> = await readNewest(table, before, chunk);
        apply(table, next.rows, next.sessions);
        const first = next.rows[0];
        if (first && !cursors[table]) cursors[table] = { updatedAt: first.updatedAt, id: first.id };
        done += next.rows.length;
        setStatus({ state: 'indexing', total, done: Math.min(done, total) });
        if (!next.next) break;
        before = next.next;
      }
    }
  }

  /** Reads everything newer than the high-water marks, then settles deletions. */
  async function catchUp(state: SearchSourceState) {
    if (!built) await build(state);
    else {
      for (const table of TABLES) {
        for (;;) {
          const next = await readChanges<Response | Commitment>(table, cursors[table], chunk);
          apply(table, next.rows, next.sessions);
          const last = next.rows.at(-1);
          if (last) cursors[table] = { updatedAt: last.updatedAt, id: last.id };
          if (!next.next) break;
        }
      }
    }
    // A first build reads only rows that exist, so earlier tombstones are already honoured.
    if (built && state.latestDeletion > 0 && state.latestDeletion >= tombstoneMark) {
      for (const id of await readDeletionsSince(tombstoneMark)) forget(id);
    }
    tombstoneMark = Math.max(tombstoneMark, state.latestDeletion);
    for (const table of TABLES) {
      if (seen[table].size !== state[table]) await reconcile(table);
    }
    built = true;
    version += 1;
    setStatus({ state: 'ready', documents: index.documentCount, version });
  }

  /**
   * A count that disagrees with what was read: rows deleted without a tombstone, or rows written
   * with an older `updatedAt` (a restored backup). Compares ids, keys only, and fixes both.
   */
  async function reconcile(table: SearchTable) {
    const ids = new Set(await listIds(table));
    for (const id of [...seen[table]]) if (!ids.has(id)) forget(`${table}:${id}`);
    const missing = [...ids].filter((id) => !seen[table].has(id));
    for (let i = 0; i < missing.length; i += chunk) {
      const found = await readByIds<Response | Commitment>(table, missing.slice(i, i + chunk));
      apply(table, found.rows, found.sessions);
    }
  }

  /** One catch-up at a time; changes that arrive meanwhile are caught up right after. */
  function schedule(state: SearchSourceState) {
    pending = state;
    if (running) return;
    running = (async () => {
      try {
        while (pending) {
          const next = pending;
          pending = null;
          await catchUp(next);
        }
      } catch (error) {
        setStatus({ state: 'failed', message: messageOf(error) });
      } finally {
        running = null;
      }
    })();
  }

  async function search(message: Extract<ToWorker, { type: 'search' }>) {
    latestRequest = Math.max(latestRequest, message.requestId);
    try {
      const outcome = runSearch(index, message.query, message.filters, message.limit);
      const ids = (kind: SearchDoc['kind']) =>
        outcome.matches.filter((m) => m.kind === kind).map((m) => m.recordId);
      const records = await readHitRecords(ids('answer'), ids('commitment'));
      // A newer query came in while this one read the database: its answer is all that matters.
      if (message.requestId < latestRequest) return;
      const hits: SearchHit[] = [];
      let vanished = 0;
      for (const match of outcome.matches) {
        const hit = buildHit(match, records);
        if (hit) hits.push(hit);
        else if (forget(match.id)) vanished += 1;
      }
      post({
        type: 'results',
        requestId: message.requestId,
        total: outcome.total - vanished,
        hits,
        partial: !built,
      });
    } catch (error) {
      post({ type: 'error', requestId: message.requestId, message: messageOf(error) });
    }
  }

  return {
    async handle(message) {
      if (message.type === 'search') await search(message);
    },
    start() {
      if (unsubscribe) return;
      unsubscribe = observeSearchSources(schedule, (error) =>
        setStatus({ state: 'failed', message: messageOf(error) }),
      );
    },
    stop() {
      unsubscribe?.();
      unsubscribe = null;
    },
    async idle() {
      while (running || pending) await (running ?? Promise.resolve());
    },
  };
}
