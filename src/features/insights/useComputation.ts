// Runs one piece of worker work per key and reports its progress. While a new key computes, the
// last answer stays on screen if it belongs to the same scope (same team): the page does not
// flash empty when a theme is named, only when what is shown really changes. A worker may also
// hand back a stored, older answer at once (onStale): it is shown, marked stale, until the fresh
// one arrives. Answers land in a transition, so drawing a big result never blocks typing.
import { startTransition, useEffect, useRef, useState } from 'react';
import type { OnProgress } from './InsightsServices';

export type OnStale<T> = (value: T) => void;

export interface ComputationState<T> {
  value: T | undefined;
  running: boolean;
  /** True while `value` is an older answer (a stored one, or the last view's) being refreshed. */
  stale: boolean;
  /** 0..1 while running. */
  progress: number;
  error: string | null;
}

interface Stored<T> {
  key: string | null;
  scope: string;
  value: T | undefined;
  progress: number;
  error: string | null;
}

export function useComputation<T>(
  key: string | null,
  scope: string,
  run: (onProgress: OnProgress, onStale: OnStale<T>) => Promise<T>,
): ComputationState<T> {
  const runRef = useRef(run);
  runRef.current = run;
  const [stored, setStored] = useState<Stored<T>>({
    key: null,
    scope,
    value: undefined,
    progress: 0,
    error: null,
  });

  useEffect(() => {
    if (key === null) return;
    let cancelled = false;
    setStored((s) => ({ ...s, progress: 0, error: null }));
    runRef
      .current(
        (fraction) => {
          if (!cancelled) setStored((s) => ({ ...s, progress: Math.max(s.progress, fraction) }));
        },
        (value) => {
          if (cancelled) return;
          startTransition(() => setStored((s) => ({ ...s, scope, value })));
        },
      )
      .then(
        (value) => {
          if (cancelled) return;
          startTransition(() => setStored({ key, scope, value, progress: 1, error: null }));
        },
        (error: unknown) => {
          if (cancelled) return;
          const message = error instanceof Error ? error.message : 'Something went wrong.';
          setStored((s) => ({ ...s, key, error: message }));
        },
      );
    return () => {
      cancelled = true;
    };
  }, [key, scope]);

  const sameScope = stored.scope === scope;
  const running = key !== null && stored.key !== key;
  return {
    value: sameScope ? stored.value : undefined,
    running,
    stale: running && sameScope && stored.value !== undefined,
    progress: stored.key === key ? 1 : stored.progress,
    error: stored.key === key ? stored.error : null,
  };
}
