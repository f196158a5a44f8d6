import { useSyncExternalStore } from 'react';

/**
 * Registers the service worker vite-plugin-pwa generates (dist/sw.js, registerType 'prompt') and
 * tracks a new version waiting to take over. The ~25 lines here replace workbox-window (2 KB
 * gzip on every first load) for the one flow the app uses: ask, then activate and reload.
 */
let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();

function setWaiting(worker: ServiceWorker) {
  waiting = worker;
  for (const listener of listeners) listener();
}

/** A worker that has installed while another controls the page is an update waiting for a yes. */
function watch(worker: ServiceWorker | null) {
  if (!worker) return;
  const check = () => {
    if (worker.state === 'installed' && navigator.serviceWorker.controller) setWaiting(worker);
  };
  check();
  worker.addEventListener('statechange', check);
}

/** Follows a registration: a version already waiting, installing now, or found later. */
export function trackRegistration(registration: ServiceWorkerRegistration): void {
  if (registration.waiting && navigator.serviceWorker.controller) setWaiting(registration.waiting);
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
}

async function register() {
  trackRegistration(await navigator.serviceWorker.register('/sw.js', { scope: '/' }));
}

/** After the page has loaded (the precache download never competes with the first screen). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () => void register().catch(() => undefined);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/** Activates the waiting version; the page reloads once it has taken control. */
export function applyUpdate(): void {
  if (!waiting) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once a new version is installed and waiting. */
export function useUpdateWaiting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => waiting !== null,
    () => false,
  );
}
