// Keeps every window of the app on this device in the same lock state: a new window (the room
// screen, a second tab) asks for the key and gets it from an unlocked one; locking one window
// locks all; turning the lock on or off reaches all. Same-origin only (BroadcastChannel).
import {
  applyKeyMessage,
  getKeyring,
  isKeyMessage,
  type KeyMessage,
  keyMessage,
  subscribeKeyring,
} from './keyring';

const CHANNEL = 'pp-keyring';

export interface KeySharingHandlers {
  /** Another window locked: flush this window's pending saves, then call `apply`. */
  onRemoteLock: (apply: () => void) => void;
}

export function startKeySharing(handlers: KeySharingHandlers): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  // Node (tests) keeps a process alive for an open channel; browsers have no unref.
  (channel as { unref?: () => void }).unref?.();
  let applying = false;

  const post = (message: KeyMessage | { type: 'hello' }) => {
    try {
      channel.postMessage(message);
    } catch {
      // A browser that cannot clone keys: each window unlocks on its own.
    }
  };
  const apply = (message: KeyMessage) => {
    applying = true;
    try {
      applyKeyMessage(message);
    } finally {
      applying = false;
    }
  };

  const unsubscribe = subscribeKeyring(() => {
    if (!applying) post(keyMessage());
  });
  channel.onmessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (
      typeof data === 'object' &&
      data !== null &&
      (data as { type?: unknown }).type === 'hello'
    ) {
      if (getKeyring().key) post(keyMessage());
      return;
    }
    if (!isKeyMessage(data)) return;
    const ours = getKeyring();
    if (!data.key && data.enabled !== false && ours.key) {
      handlers.onRemoteLock(() => apply(data));
      return;
    }
    apply(data);
  };
  post({ type: 'hello' });
  return () => {
    unsubscribe();
    channel.close();
  };
}
