// The data keys in memory (never stored), and the tiny protocol that hands them to workers.
// Each JS realm (window, worker) has its own keyring; the middleware reads this module's state.

export interface KeyringState {
  /** A passphrase is set (the lock is on, or still being turned off). */
  enabled: boolean;
  /** Turning the lock off is under way: new writes stay plain even though a key is held. */
  writePlain: boolean;
  /** The data key new writes are sealed with; null while locked or off. Non-extractable. */
  key: CryptoKey | null;
  keyId: string | null;
  /** Keys of records not yet re-sealed after a passphrase change (read only). */
  olderKeys: ReadonlyMap<string, CryptoKey>;
}

/** What the main thread posts to each worker (and windows to each other): the whole state. */
export interface KeyMessage extends Partial<Omit<KeyringState, 'key'>> {
  type: 'encryption-key';
  key: CryptoKey | null;
}

const OFF: KeyringState = {
  enabled: false,
  writePlain: false,
  key: null,
  keyId: null,
  olderKeys: new Map(),
};

let state: KeyringState = OFF;
const listeners = new Set<() => void>();
/** Set in a worker until the page's first key message arrives (reads wait for it). */
let awaitingFirst: Promise<void> | null = null;
let releaseFirst: (() => void) | null = null;

export function getKeyring(): KeyringState {
  return state;
}

/** The key for an envelope's key id, if it is in memory. */
export function keyFor(keyId: string): CryptoKey | null {
  if (state.key && keyId === state.keyId) return state.key;
  return state.olderKeys.get(keyId) ?? null;
}

/** Every change goes through here: listeners (UI, other windows) and this realm's workers hear it. */
function commit(next: KeyringState): void {
  state = next.key ? next : { ...next, keyId: null, olderKeys: new Map() };
  for (const listener of listeners) listener();
  for (const worker of workers) postState(worker);
}

export function updateKeyring(patch: Partial<KeyringState>): void {
  commit({ ...state, ...patch });
}

/**
 * Puts the data key in memory (unlocked) or drops it (locked). A null key keeps `enabled`: the
 * data stays sealed and reads throw LockedError until a key comes back.
 */
export function setEncryptionKey(
  key: CryptoKey | null,
  details: Partial<Omit<KeyringState, 'key'>> = {},
): void {
  updateKeyring({ ...details, key });
}

/** Back to "no passphrase" (after turning the lock off, and between tests). */
export function resetKeyring(): void {
  commit(OFF);
}

export function subscribeKeyring(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function keyMessage(): KeyMessage {
  return {
    type: 'encryption-key',
    key: state.key,
    keyId: state.keyId,
    olderKeys: state.olderKeys,
    enabled: state.enabled,
    writePlain: state.writePlain,
  };
}

export function isKeyMessage(data: unknown): data is KeyMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === 'encryption-key'
  );
}

/** Applies a key message from the page (or another window). */
export function applyKeyMessage(message: KeyMessage): void {
  const patch: Partial<KeyringState> = { key: message.key };
  if (message.keyId !== undefined) patch.keyId = message.keyId;
  if (message.olderKeys !== undefined) patch.olderKeys = message.olderKeys;
  // A bare `{ key }` message (the minimal protocol) means "the lock is on" when a key is given.
  patch.enabled = message.enabled ?? (message.key !== null || state.enabled);
  if (message.writePlain !== undefined) patch.writePlain = message.writePlain;
  commit({ ...state, ...patch });
  releaseFirst?.();
}

/** Resolves once a worker has heard from the page (at once elsewhere). */
export function keyringReady(): Promise<void> | null {
  return awaitingFirst;
}

// ── Workers ───────────────────────────────────────────────────────────────────────────────

interface KeyPort {
  postMessage: (message: KeyMessage) => void;
  terminate: () => void;
}

const workers = new Set<KeyPort>();

function postState(worker: KeyPort): void {
  try {
    worker.postMessage(keyMessage());
  } catch {
    // A terminated or stand-in worker: nothing to tell.
  }
}

/**
 * Main thread: a worker client calls this when it creates a worker. The worker gets the current
 * state at once (before any request, so its first read can decrypt) and every change after.
 * Returns the worker, so `return registerWorker(new Worker(...))` is a one-line change.
 */
export function registerWorker<T extends object>(worker: T): T {
  const port = worker as unknown as KeyPort;
  workers.add(port);
  postState(port);
  const terminate = port.terminate.bind(port);
  port.terminate = () => {
    workers.delete(port);
    terminate();
  };
  return worker;
}

/** How long a worker waits for the page's first key message before reading without a key. */
const FIRST_MESSAGE_WAIT_MS = 3_000;

interface WorkerScope {
  addEventListener: (type: 'message', listener: (event: MessageEvent) => void) => void;
}

/**
 * Worker side: call first thing in the worker script, BEFORE assigning `onmessage`, so key
 * messages are taken here and never reach the worker's own handler (stopImmediatePropagation).
 */
export function installWorkerKeyListener(scope: WorkerScope): void {
  awaitingFirst = new Promise<void>((resolve) => {
    const release = () => {
      clearTimeout(timer);
      awaitingFirst = null;
      releaseFirst = null;
      resolve();
    };
    const timer = setTimeout(release, FIRST_MESSAGE_WAIT_MS);
    releaseFirst = release;
  });
  scope.addEventListener('message', (event) => {
    if (!isKeyMessage(event.data)) return;
    event.stopImmediatePropagation();
    applyKeyMessage(event.data);
  });
}
