// The page's side of the insights worker: starts it on first use, numbers each request and
// routes progress and answers back to the caller that asked.

import { registerWorker } from '../db/encryption/keyring';
import type {
  Overview,
  OverviewRequest,
  TeamInsights,
  TeamInsightsRequest,
} from '../domain/insights/types';
import type { FromWorker, ToWorker } from '../workers/insightsProtocol';
import type { CacheRequest } from '../workers/themesProtocol';

/** The worker as the client sees it (a real Worker, or an in-process stand-in in tests). */
export interface InsightsPort {
  postMessage: (message: ToWorker) => void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror?: ((event: unknown) => void) | null;
  terminate: () => void;
}

export type OnProgress = (fraction: number) => void;

export interface CacheOptions<T> {
  /** Keep the result for this view (its identity without dates, e.g. the range name). */
  cache?: CacheRequest;
  /** Receives the stored result for the view at once when it no longer matches the data. */
  onStale?: (value: T) => void;
}

export interface InsightsClient {
  teamInsights: (
    request: TeamInsightsRequest,
    onProgress?: OnProgress,
    options?: CacheOptions<TeamInsights>,
  ) => Promise<TeamInsights>;
  overview: (request: OverviewRequest, onProgress?: OnProgress) => Promise<Overview>;
  stop: () => void;
}

interface Waiting {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
  onProgress?: OnProgress;
  onStale?: (value: never) => void;
}

export function createInsightsClient(createPort: () => InsightsPort | null): InsightsClient {
  let port: InsightsPort | null = null;
  let nextId = 0;
  const waiting = new Map<number, Waiting>();

  function failAll(message: string) {
    for (const w of waiting.values()) w.reject(new Error(message));
    waiting.clear();
  }

  function receive(message: FromWorker) {
    const request = waiting.get(message.requestId);
    if (!request) return;
    if (message.type === 'progress') {
      request.onProgress?.(message.fraction);
      return;
    }
    if (message.type === 'stale-team') {
      request.onStale?.(message.result as never);
      return;
    }
    waiting.delete(message.requestId);
    if (message.type === 'error') request.reject(new Error(message.message));
    else request.resolve(message.result as never);
  }

  function ensurePort(): InsightsPort | null {
    if (port) return port;
    port = createPort();
    if (!port) return null;
    port.onmessage = (event) => receive(event.data);
    port.onerror = () => {
      failAll('Insights could not start on this device.');
      port?.terminate();
      port = null;
    };
    return port;
  }

  function send<T>(
    make: (requestId: number) => ToWorker,
    onProgress: OnProgress | undefined,
    onStale?: (value: T) => void,
  ): Promise<T> {
    const target = ensurePort();
    if (!target) return Promise.reject(new Error('This browser cannot run insights (no workers).'));
    nextId += 1;
    const requestId = nextId;
    return new Promise<T>((resolve, reject) => {
      waiting.set(requestId, {
        resolve: resolve as (value: never) => void,
        reject,
        onProgress,
        ...(onStale ? { onStale: onStale as (value: never) => void } : {}),
      });
      target.postMessage(make(requestId));
    });
  }

  return {
    teamInsights: (request, onProgress, options = {}) =>
      send(
        (requestId) => ({
          type: 'team',
          requestId,
          request,
          ...(options.cache ? { cache: options.cache } : {}),
        }),
        onProgress,
        options.onStale,
      ),
    overview: (request, onProgress) =>
      send((requestId) => ({ type: 'overview', requestId, request }), onProgress),
    stop() {
      port?.terminate();
      port = null;
      failAll('Insights stopped.');
    },
  };
}

function workerPort(): InsightsPort | null {
  if (typeof Worker === 'undefined') return null;
  return registerWorker(
    new Worker(new URL('../workers/insights.worker.ts', import.meta.url), {
      type: 'module',
      name: 'insights',
    }),
  ) as unknown as InsightsPort;
}

let shared: InsightsClient | null = null;

/** The app's one insights client; the worker starts the first time it is asked something. */
export function getInsightsClient(): InsightsClient {
  shared ??= createInsightsClient(workerPort);
  return shared;
}
