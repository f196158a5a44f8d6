import { type ComponentType, lazy, useState } from 'react';

/** A component whose code loads on demand, with a way to fetch it ahead of need. */
export interface LazyComponent<P extends object> {
  Component: ComponentType<P>;
  preload: () => Promise<unknown>;
}

/**
 * Keeps rarely needed parts of a screen (a dialog, the last phase) out of its first load.
 * Once `preload()` has fetched the code, the part renders at once, without suspending; before
 * that it suspends into the nearest <Suspense>. A failed fetch is forgotten so a later try refetches.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return { default: component };
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(preload);
  function Part(props: P) {
    // Chosen once per mount, so a load finishing later never swaps the type under its state.
    const [Chosen] = useState<ComponentType<P>>(() => loaded ?? (Lazy as ComponentType<P>));
    return <Chosen {...props} />;
  }
  return { Component: Part, preload };
}
