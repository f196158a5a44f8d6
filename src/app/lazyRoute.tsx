import { type ComponentType, lazy, useState } from 'react';

/** A screen that loads on demand: the component to render and a way to start loading it early. */
export interface LazyRoute {
  Component: ComponentType;
  preload: () => Promise<unknown>;
}

/**
 * Wraps a route module's dynamic import. `preload()` and the first render share one request, so
 * start-up can fetch the current screen's chunk while the database opens. Once the code is here
 * the screen renders at once, without suspending (no loading state, not even for a frame);
 * before that it suspends into Layout's <Suspense> ("Loading…" after a short delay).
 */
export function lazyRoute<M>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
): LazyRoute {
  let loaded: ComponentType | undefined;
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () => {
    loading ??= load().then(
      (module) => {
        loaded = pick(module);
        return { default: loaded };
      },
      (error: unknown) => {
        // Forget a failed fetch (offline before the service worker had it) so a later try refetches.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(preload);
  function Screen() {
    // Chosen once per mount: a load finishing later must never swap the type (a remount would
    // lose the screen's state), and the lazy one renders the same screen once it has arrived.
    const [Component] = useState<ComponentType>(() => loaded ?? Lazy);
    return <Component />;
  }
  return { Component: Screen, preload };
}
