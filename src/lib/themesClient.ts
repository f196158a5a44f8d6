// The page's side of the themes worker: starts one shared worker on first use, numbers each
// request, and lets a newer request for the same purpose replace an older one (the older
// promise rejects with ThemesCancelledError, which a screen simply ignores).

import { registerWorker } from '../db/encryption/keyring';
import type { ThemeAnalysis } from '../domain/themes/types';
import type {
  CacheRequest,
  ThemesFromWorker,
  ThemesRequestOptions,
  ThemesToWorker,
} from '../workers/themesProtocol';

/** The worker as the client sees it (a real Worker, or an in-process stand-in in tests). */
export interface ThemesPort {
  postMessage: (message: ThemesToWorker) => void;
  onmessage: ((event: { data: ThemesFromWorker }) => void) | null;
  /** A worker script that fails to load or throws reports here. */
  onerror?: ((event: unknown) => void) | null;
  terminate: () => void;
}

export interface ThemesClientRequest {
  teamId: string;
  options: ThemesRequestOptions;
  /** Requests with the same purpose replace each other (default: 'insights'). */
  purpose?: string;
  signal?: AbortSignal;
  /** Keep the result for this view; a later request for it gets it back at once. */
  cache?: CacheRequest;
}

/** A request replaced by a newer one, aborted, or stopped with the client. Not a failure. */
export class ThemesCancelledError extends Error {
  constructor(message = 'Replaced by a newer theme analysis.') {
    super(message);
    this.name = 'AbortError';
  }
}

export function isThemesCancelled(error: unknown): error is ThemesCancelledError {
  return error instanceof ThemesCancelledError;
}

export interface ThemesClient {
  /**
   * `onStale` receives a stored result for the same view that no longer matches the data, at
   * once, while the fresh one (the promise) is worked out.
   */
  analyse: (
    request: ThemesClientRequest,
    onProgress?: (fraction: number) => void,
    onStale?: (analysis: ThemeAnalysis) => void,
  ) => Promise<ThemeAnalysis>;
  /** Stops the worker; requests in flight reject as cancelled. */
  stop: () => void;
}

interface Pending {
  purpose: string;
  resolve: (analysis: ThemeAnalysis) => void;
  reject: (error: Error) => void;
  onProgress?: (fraction: number) => void;
  onStale?: (analysis: ThemeAnalysis) => void;
  cleanup: () => void;
}

export const THEMES_UNAVAILABLE =
  'Themes need a browser feature (Web Workers) that is not available here.';
export const THEMES_CRASHED =
  'Working out themes stopped unexpectedly. Try again, or reload the app.';

export function createThemesClient(createPort: () => ThemesPort | null): ThemesClient {
  let port: ThemesPort | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  function settle(id: number, outcome: (p: Pending) => void) {
    const request = pending.get(id);
    if (!request) return; // cancelled, or an answer from a stopped worker
    pending.delete(id);
    request.cleanup();
    outcome(request);
  }

  function receive(message: ThemesFromWorker) {
    if (message.type === 'progress') pending.get(message.id)?.onProgress?.(message.fraction);
    else if (message.type === 'stale') pending.get(message.id)?.onStale?.(message.analysis);
    else if (message.type === 'result') settle(message.id, (p) => p.resolve(message.analysis));
    else settle(message.id, (p) => p.reject(new Error(message.message)));
  }

  function ensurePort(): ThemesPort | null {
    if (port) return port;
    port = createPort();
    if (!port) return null;
    port.onmessage = (event) => receive(event.data);
    port.onerror = () => {
      // The worker is gone: fail what it was doing, start afresh next time.
      port?.terminate();
      port = null;
      for (const id of [...pending.keys()]) settle(id, (p) => p.reject(new Error(THEMES_CRASHED)));
    };
    return port;
  }

  function cancel(ids: number[], why?: string) {
    if (!ids.length) return;
    // The engine runs without pausing, so a cancel message waits until it is done. When nothing
    // else is in flight, ending the worker stops the stale work at once.
    const stopWorker = ids.length === pending.size;
    for (const id of ids) {
      settle(id, (p) => p.reject(new ThemesCancelledError(why)));
      if (!stopWorker) port?.postMessage({ type: 'cancel', id });
    }
    if (stopWorker) {
      port?.terminate();
      port = null;
    }
  }

  return {
    analyse(request, onProgress, onStale) {
      const purpose = request.purpose ?? 'insights';
      if (request.signal?.aborted) {
        return Promise.reject(new ThemesCancelledError('The theme analysis was aborted.'));
      }
      cancel([...pending].filter(([, p]) => p.purpose === purpose).map(([id]) => id));
      const worker = ensurePort();
      if (!worker) return Promise.reject(new Error(THEMES_UNAVAILABLE));
      nextId += 1;
      const id = nextId;
      return new Promise<ThemeAnalysis>((resolve, reject) => {
        const onAbort = () => cancel([id], 'The theme analysis was aborted.');
        request.signal?.addEventListener('abort', onAbort, { once: true });
        pending.set(id, {
          purpose,
          resolve,
          reject,
          ...(onProgress ? { onProgress } : {}),
          ...(onStale ? { onStale } : {}),
          cleanup: () => request.signal?.removeEventListener('abort', onAbort),
        });
        worker.postMessage({
          type: 'analyse',
          id,
          teamId: request.teamId,
          options: request.options,
          ...(request.cache ? { cache: request.cache } : {}),
        });
      });
    },
    stop() {
      const ids = [...pending.keys()];
      for (const id of ids) settle(id, (p) => p.reject(new ThemesCancelledError('Stopped.')));
      port?.terminate();
      port = null;
    },
  };
}

function workerPort(): ThemesPort | null {
  if (typeof Worker === 'undefined') return null;
  return registerWorker(
    new Worker(new URL('../workers/themes.worker.ts', import.meta.url), {
      type: 'module',
      name: 'themes',
    }),
  ) as unknown as ThemesPort;
}

let shared: ThemesClient | null = null;

/**
 * Works out a team's themes in the shared worker. A newer call with the same purpose replaces an
 * older one: the older promise rejects with ThemesCancelledError (see isThemesCancelled).
 */
export function analyseTeamThemes(
  request: ThemesClientRequest,
  onProgress?: (fraction: number) => void,
  onStale?: (analysis: ThemeAnalysis) => void,
): Promise<ThemeAnalysis> {
  shared ??= createThemesClient(workerPort);
  return shared.analyse(request, onProgress, onStale);
}

/** Tests put an in-process client in place of the worker (null restores the default). */
export function setThemesClientForTests(client: ThemesClient | null): void {
  shared?.stop();
  shared = client;
}
