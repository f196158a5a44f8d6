// WebCrypto is asynchronous and is not an IndexedDB request: awaiting it inside a transaction
// lets IndexedDB commit the transaction, and the next read or write then fails. While crypto
// work is pending, a cheap request (get of key -Infinity, which never exists) is kept in flight,
// and the crypto result is delivered from that request's success callback, where the
// transaction is active again and the caller can go on using it. Dexie.waitFor() does the same.

interface Spinner {
  /** Results waiting to be delivered inside an active-transaction callback. */
  ready: Array<() => void>;
  waiting: number;
  /** The transaction could not be kept alive (already finished): deliver directly. */
  detached: boolean;
}

const spinners = new WeakMap<object, Spinner>();

function deliver(spinner: Spinner): void {
  while (spinner.ready.length > 0) {
    spinner.waiting -= 1;
    spinner.ready.shift()?.();
  }
}

function spin(trans: IDBTransaction, spinner: Spinner): void {
  let store: IDBObjectStore;
  try {
    const name = trans.objectStoreNames[0];
    if (name === undefined) throw new Error('no store');
    store = trans.objectStore(name);
  } catch {
    spinner.detached = true;
    spinners.delete(trans);
    deliver(spinner);
    return;
  }
  const tick = () => {
    deliver(spinner);
    if (spinner.waiting <= 0) {
      spinners.delete(trans);
      return;
    }
    try {
      const request = store.get(Number.NEGATIVE_INFINITY);
      request.onsuccess = tick;
      request.onerror = tick;
    } catch {
      // Finished under us (aborted, or committed by someone else): results go out directly; a
      // later write will report the transaction's own error.
      spinner.detached = true;
      spinners.delete(trans);
      deliver(spinner);
    }
  };
  tick();
}

/**
 * Resolves with `work`'s result from inside a callback of `trans`, keeping `trans` alive while
 * `work` runs. Call it while the transaction is active (synchronously in a DBCore method, or in
 * a continuation of one of its requests).
 */
export function whileAlive<T>(trans: unknown, work: Promise<T>): Promise<T> {
  const idbTrans = trans as IDBTransaction;
  let spinner = spinners.get(idbTrans);
  const fresh = !spinner;
  if (!spinner) {
    spinner = { ready: [], waiting: 0, detached: false };
    spinners.set(idbTrans, spinner);
  }
  const current = spinner;
  current.waiting += 1;
  const result = new Promise<T>((resolve, reject) => {
    work.then(
      (value) => {
        current.ready.push(() => resolve(value));
        if (current.detached) deliver(current);
      },
      (error: unknown) => {
        current.ready.push(() => reject(error));
        if (current.detached) deliver(current);
      },
    );
  });
  if (fresh) spin(idbTrans, current);
  return result;
}
