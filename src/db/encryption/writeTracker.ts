// Counts write transactions in flight, so locking can wait for the last autosaves (made while
// the screen unmounts) to reach the disk before the key is dropped.

let open = 0;
const waiters = new Set<() => void>();

function settle(): void {
  open -= 1;
  if (open > 0) return;
  for (const wake of waiters) wake();
  waiters.clear();
}

export function trackTransaction<T>(trans: T, mode: 'readonly' | 'readwrite'): T {
  if (mode !== 'readwrite') return trans;
  const target = trans as unknown as EventTarget;
  if (typeof target.addEventListener !== 'function') return trans;
  open += 1;
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    settle();
  };
  target.addEventListener('complete', finish);
  target.addEventListener('abort', finish);
  return trans;
}

export function writesInFlight(): number {
  return open;
}

/** Resolves when no write transaction is open (at once if none is). */
export function whenWritesSettled(): Promise<void> {
  if (open === 0) return Promise.resolve();
  return new Promise((resolve) => waiters.add(resolve));
}
