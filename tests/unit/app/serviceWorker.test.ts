// The update prompt's service-worker side: a new version that has installed while another one
// controls the page is "waiting"; "Update now" asks it to take over and reloads once it has.
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  postMessage = vi.fn();
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
}

const container = new EventTarget() as EventTarget & { controller: object | null };

beforeEach(() => {
  vi.resetModules();
  container.controller = {};
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
});

async function freshModule() {
  return import('../../../src/app/serviceWorker');
}

function track(sw: Awaited<ReturnType<typeof freshModule>>, registration: FakeRegistration) {
  sw.trackRegistration(registration as unknown as ServiceWorkerRegistration);
}

/** What the banner's hook reports now. */
function waitingNow(sw: Awaited<ReturnType<typeof freshModule>>) {
  return renderHook(() => sw.useUpdateWaiting()).result.current;
}

describe('service worker updates', () => {
  it('a version installed while another controls the page waits for a yes', async () => {
    const sw = await freshModule();
    const registration = new FakeRegistration();
    track(sw, registration);
    expect(waitingNow(sw)).toBe(false);
    const next = new FakeWorker();
    registration.installing = next;
    registration.dispatchEvent(new Event('updatefound'));
    expect(waitingNow(sw), 'still installing').toBe(false);
    next.become('installed');
    expect(waitingNow(sw)).toBe(true);
  });

  it('the first install (no controller yet) is not an update', async () => {
    container.controller = null;
    const sw = await freshModule();
    const registration = new FakeRegistration();
    registration.installing = new FakeWorker();
    track(sw, registration);
    registration.installing.become('installed');
    expect(waitingNow(sw)).toBe(false);
  });

  it('finds a version already waiting, and "Update now" asks it to skip waiting, then reloads', async () => {
    const sw = await freshModule();
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    registration.waiting.state = 'installed';
    track(sw, registration);
    expect(waitingNow(sw)).toBe(true);
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    sw.applyUpdate();
    expect(registration.waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});
