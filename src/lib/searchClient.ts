// The page's side of the search worker: starts it on first use, numbers each request, and lets
// only the latest query's answer through (an older one arriving late is dropped).
import { registerWorker } from '../db/encryption/keyring';
import type {
  FromWorker,
  IndexStatus,
  SearchFilters,
  SearchHit,
  ToWorker,
} from '../workers/searchProtocol';

/** The worker as the client sees it (a real Worker, or an in-process stand-in in tests). */
export interface SearchPort {
  postMessage: (message: ToWorker) => void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  /** A worker script that fails to load or throws reports here. */
  onerror?: ((event: unknown) => void) | null;
  terminate: () => void;
}

export interface SearchResults {
  query: string;
  total: number;
  hits: SearchHit[];
  partial: boolean;
}

export interface SearchClient {
  /** Starts the worker (and with it the indexing) if it is not running yet. */
  start: () => void;
  /** Resolves with the results, or null when a newer search replaced this one. */
  search: (query: string, filters: SearchFilters, limit?: number) => Promise<SearchResults | null>;
  getStatus: () => IndexStatus;
  subscribe: (listener: () => void) => () => void;
  stop: () => void;
}

export const SEARCH_RESULT_LIMIT = 50;

interface Waiting {
  query: string;
  resolve: (results: SearchResults | null) => void;
  reject: (error: Error) => void;
}

export function createSearchClient(createPort: () => SearchPort | null): SearchClient {
  let port: SearchPort | null = null;
  let status: IndexStatus = { state: 'idle' };
  let nextId = 0;
  const waiting = new Map<number, Waiting>();
  const listeners = new Set<() => void>();

  const setStatus = (next: IndexStatus) => {
    status = next;
    for (const listener of listeners) listener();
  };

  function settle(requestId: number, outcome: (w: Waiting) => void) {
    const request = waiting.get(requestId);
    if (!request) return;
    waiting.delete(requestId);
    outcome(request);
    // Anything older than the answered request has been overtaken.
    for (const [id, older] of waiting) {
      if (id < requestId) {
        waiting.delete(id);
        older.resolve(null);
      }
    }
  }

  function receive(message: FromWorker) {
    if (message.type === 'status') setStatus(message.status);
    else if (message.type === 'results') {
      const { requestId, total, hits, partial } = message;
      // Only the newest request's answer counts.
      if (requestId !== nextId) return settle(requestId, (w) => w.resolve(null));
      settle(requestId, (w) => w.resolve({ query: w.query, total, hits, partial }));
    } else settle(message.requestId, (w) => w.reject(new Error(message.message)));
  }

  function start() {
    if (port || status.state === 'unavailable') return;
    port = createPort();
    if (!port) {
      setStatus({ state: 'unavailable' });
      return;
    }
    port.onmessage = (event) => receive(event.data);
    port.onerror = () => setStatus({ state: 'failed', message: 'Search could not start.' });
  }

  return {
    start,
    search(query, filters, limit = SEARCH_RESULT_LIMIT) {
      start();
      if (!port) return Promise.resolve(null);
      nextId += 1;
      const requestId = nextId;
      return new Promise((resolve, reject) => {
        waiting.set(requestId, { query, resolve, reject });
        port?.postMessage({ type: 'search', requestId, query, filters, limit });
      });
    },
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      port?.terminate();
      port = null;
      for (const w of waiting.values()) w.resolve(null);
      waiting.clear();
      setStatus({ state: 'idle' });
    },
  };
}

function workerPort(): SearchPort | null {
  if (typeof Worker === 'undefined') return null;
  return registerWorker(
    new Worker(new URL('../workers/search.worker.ts', import.meta.url), {
      type: 'module',
      name: 'search',
    }),
  ) as unknown as SearchPort;
}

let shared: SearchClient | null = null;

/** The app's one search client; the worker starts the first time it is used. */
export function getSearchClient(): SearchClient {
  shared ??= createSearchClient(workerPort);
  return shared;
}

/** Tests put an in-process client in place of the worker (null restores the default). */
export function setSearchClientForTests(client: SearchClient | null): void {
  shared?.stop();
  shared = client;
}
