import { type ComponentType, lazy } from 'react';

/** A screen that loads on demand: the component to render and a way to start loading it early. */
export interface LazyRoute {
  Component: ComponentType;
  preload: () => Promise<unknown>;
}

/**
 * Wraps a route module's dynamic import. `preload()` and the first render share one request, so
 * start-up can fetch the current screen's chunk while the database opens and the first render
 * finds it already there (no loading state flashes on a reload).
 */
export function lazyRoute<M>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
): LazyRoute {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () => {
    loading ??= load().then(
      (module) => ({ default: pick(module) }),
      (error: unknown) => {
        // Forget a failed fetch (offline before the service worker had it) so a later try refetches.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return { Component: lazy(preload), preload };
}
