// In-memory stand-ins for navigator.locks and BroadcastChannel, shared by "tabs" in one test.

interface Pending {
  callback: (lock: Lock | null) => unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
  signal?: AbortSignal;
}

interface Held {
  reject: (reason: unknown) => void;
}

/** Exclusive locks only, with ifAvailable, steal and signal, as the Web Locks API has them. */
export class FakeLocks {
  private held = new Map<string, Held>();
  private queues = new Map<string, Pending[]>();

  isHeld(name: string): boolean {
    return this.held.has(name);
  }

  request(
    name: string,
    options: LockOptions,
    callback: (lock: Lock | null) => unknown,
  ): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const pending: Pending = {
        callback,
        resolve,
        reject,
        ...(options.signal ? { signal: options.signal } : {}),
      };
      if (options.steal) {
        this.held.get(name)?.reject(new DOMException('Lock stolen', 'AbortError'));
        this.held.delete(name);
        this.grant(name, pending);
        return;
      }
      if (!this.held.has(name)) return this.grant(name, pending);
      if (options.ifAvailable) {
        Promise.resolve(callback(null)).then(resolve, reject);
        return;
      }
      const queue = this.queues.get(name) ?? [];
      queue.push(pending);
      this.queues.set(name, queue);
      options.signal?.addEventListener('abort', () => {
        const q = this.queues.get(name) ?? [];
        const i = q.indexOf(pending);
        if (i >= 0) {
          q.splice(i, 1);
          reject(new DOMException('Aborted', 'AbortError'));
        }
      });
    });
  }

  private grant(name: string, pending: Pending) {
    let stolen = false;
    const held: Held = {
      reject: (reason) => {
        stolen = true;
        pending.reject(reason);
      },
    };
    this.held.set(name, held);
    const lock = { name, mode: 'exclusive' } as Lock;
    Promise.resolve(pending.callback(lock)).then(
      (value) => {
        if (stolen) return;
        this.held.delete(name);
        pending.resolve(value);
        this.next(name);
      },
      (error) => {
        if (stolen) return;
        this.held.delete(name);
        pending.reject(error);
        this.next(name);
      },
    );
  }

  private next(name: string) {
    const queue = this.queues.get(name) ?? [];
    const following = queue.shift();
    if (following) this.grant(name, following);
  }
}

/** A BroadcastChannel bus: a message reaches every other channel, never its sender. */
export class FakeBus {
  private channels = new Set<FakeChannel>();
  open = (): FakeChannel => {
    const channel = new FakeChannel(this);
    this.channels.add(channel);
    return channel;
  };
  deliver(from: FakeChannel, data: unknown) {
    for (const channel of this.channels) {
      if (channel !== from) queueMicrotask(() => channel.receive(data));
    }
  }
  remove(channel: FakeChannel) {
    this.channels.delete(channel);
  }
}

export class FakeChannel {
  private listeners: ((event: MessageEvent) => void)[] = [];
  constructor(private readonly bus: FakeBus) {}
  postMessage(data: unknown) {
    this.bus.deliver(this, data);
  }
  addEventListener(_type: 'message', listener: (event: MessageEvent) => void) {
    this.listeners.push(listener);
  }
  receive(data: unknown) {
    for (const l of this.listeners) l({ data } as MessageEvent);
  }
  close() {
    this.bus.remove(this);
  }
}
