// Stale-while-revalidate for the Insights workers: the last result for a team and view comes
// back at once (marked stale when the data or the dates changed since), and the fresh one is
// worked out only when it is not already stored. See src/db/analysisCache.ts.
import {
  type AnalysisKind,
  analysisCacheKey,
  readAnalysisFingerprint,
  readCachedAnalysis,
  writeCachedAnalysis,
} from '../db/analysisCache';

/**
 * The code that computes: the worker script's own address, which carries the build's content
 * hash (a changed engine is a different file). Tests and the dev server use a fixed name.
 */
export function workerBuild(): string {
  const location = (globalThis as { location?: { pathname?: string } }).location;
  return location?.pathname ?? 'in-process';
}

export interface CachedRun<T> {
  value: T;
  /** True when the stored result was fresh and nothing was computed. */
  cached: boolean;
  /** Stores a computed value (call after sending it: the page need not wait for the write). */
  store: () => Promise<void>;
}

export async function runCached<T>({
  kind,
  teamId,
  view,
  request,
  compute,
  onStale,
  dataVersion,
}: {
  kind: AnalysisKind;
  teamId: string;
  /** The view's identity without its dates (e.g. the range name and the options). */
  view: string;
  /** The exact request, dates included. */
  request: unknown;
  compute: () => Promise<T>;
  /** Called with a stored result that no longer matches, before the fresh one is computed. */
  onStale: (value: T) => void;
  /** The page's readDataVersion(), when it sent one (see readAnalysisFingerprint). */
  dataVersion?: string | undefined;
}): Promise<CachedRun<T>> {
  const key = analysisCacheKey(kind, teamId, view);
  const exact = JSON.stringify(request);
  const build = workerBuild();
  // Read before computing: a write that lands while computing leaves the stored fingerprint
  // behind the data, so the next visit recomputes rather than trusting a result that missed it.
  const [entry, fingerprint] = await Promise.all([
    readCachedAnalysis(key).catch(() => undefined),
    readAnalysisFingerprint(dataVersion),
  ]);
  if (entry && entry.build === build) {
    if (entry.request === exact && entry.fingerprint === fingerprint) {
      return { value: entry.value as T, cached: true, store: async () => {} };
    }
    onStale(entry.value as T);
  }
  const value = await compute();
  return {
    value,
    cached: false,
    store: () =>
      writeCachedAnalysis({
        id: key,
        kind,
        teamId,
        request: exact,
        fingerprint,
        build,
        value,
      }).catch(() => undefined),
  };
}
