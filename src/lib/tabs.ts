// Two tabs must never run the same huddle at once: both would write its position, timers and
// answers, and the older tab could overwrite newer work. The tab running a huddle holds a Web
// Lock named after it; another tab opening the huddle sees it is taken and may ask for it. The
// holder then saves everything pending (its "before release" work), stops, and lets go of the
// lock, which the asking tab is already queued for. A holder that does not answer (a frozen or
// hung tab) has the lock stolen after a few seconds.
//
// Browsers without the Web Locks API (Safari before 15.4) get the old behaviour: every tab runs.

export type OwnershipStatus =
  /** Asking for the lock. */
  | 'claiming'
  /** This tab runs the huddle. */
  | 'owner'
  /** Another tab runs it; this one may take over. */
  | 'elsewhere'
  /** This tab asked the other to hand over and is waiting for it. */
  | 'taking-over'
  /** This tab handed the huddle over (or had it taken) and no longer writes. */
  | 'moved';

/** The one LockManager call used here (navigator.locks satisfies it; tests pass a fake). */
export interface LockLike {
  request(
    name: string,
    options: LockOptions,
    callback: (lock: Lock | null) => unknown,
  ): Promise<unknown>;
}

export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export interface OwnershipOptions {
  /** Defaults to navigator.locks; null means "not supported". */
  locks?: LockLike | null;
  /** Defaults to a BroadcastChannel; null when there is none. */
  openChannel?: () => ChannelLike | null;
  /** How long a holder has to save and let go before the lock is stolen. */
  handoffTimeoutMs?: number;
}

export const TABS_CHANNEL = 'parallel-process.tabs';
const HANDOFF_TIMEOUT_MS = 5_000;
const CLAIM_GRACE_MS = 300;

interface HandoffRequest {
  type: 'handoff-request';
  resource: string;
  from: string;
}

function isHandoffRequest(value: unknown): value is HandoffRequest {
  const v = value as Partial<HandoffRequest> | null;
  return typeof v === 'object' && v !== null && v.type === 'handoff-request';
}

function defaultLocks(): LockLike | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

function defaultChannel(): ChannelLike | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(TABS_CHANNEL) : null;
}

/** The lock name of a live huddle. Tabs of different versions must agree on it. */
export function huddleLockName(sessionId: string): string {
  return `parallel-process:huddle:${sessionId}`;
}

export class TabOwnership {
  private status: OwnershipStatus = 'claiming';
  private readonly listeners = new Set<() => void>();
  private readonly beforeReleaseWork = new Set<() => Promise<void>>();
  private readonly locks: LockLike | null;
  private readonly channel: ChannelLike | null;
  private readonly timeoutMs: number;
  private readonly tabId = crypto.randomUUID();
  /** Resolving it lets go of the held lock. */
  private releaseLock: (() => void) | null = null;
  /** Aborts a queued (waiting) lock request. */
  private waiting: AbortController | null = null;
  private stealTimer: ReturnType<typeof setTimeout> | undefined;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(
    readonly resource: string,
    options: OwnershipOptions = {},
  ) {
    this.locks = options.locks === undefined ? defaultLocks() : options.locks;
    this.channel = this.locks ? (options.openChannel ?? defaultChannel)() : null;
    this.timeoutMs = options.handoffTimeoutMs ?? HANDOFF_TIMEOUT_MS;
    this.channel?.addEventListener('message', (event) => {
      const message: unknown = event.data;
      if (isHandoffRequest(message) && message.resource === this.resource) {
        void this.handOver();
      }
    });
  }

  getStatus = (): OwnershipStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Work that must finish before the lock is let go (flush drafts, save the position). */
  beforeRelease(work: () => Promise<void>): () => void {
    this.beforeReleaseWork.add(work);
    return () => this.beforeReleaseWork.delete(work);
  }

  /**
   * Takes the huddle if it is free; otherwise queues for it and, if it is still taken after a
   * moment, shows 'elsewhere'. The moment covers a lock that is just being let go (a reload, or
   * React's development double mount), which should not flash "open in another tab".
   */
  async start(): Promise<void> {
    if (!this.locks) return this.setStatus('owner');
    if (await this.acquire({ ifAvailable: true })) return this.setStatus('owner');
    if (this.disposed) return;
    this.waitForLock();
    this.graceTimer = setTimeout(() => {
      if (this.status === 'claiming') this.setStatus('elsewhere');
    }, CLAIM_GRACE_MS);
  }

  /** Asks the tab running the huddle to save and hand over; steals it if it does not answer. */
  takeOver(): void {
    if (!this.locks || this.status === 'owner' || this.status === 'taking-over') return;
    this.setStatus('taking-over');
    if (!this.waiting) this.waitForLock();
    const request: HandoffRequest = {
      type: 'handoff-request',
      resource: this.resource,
      from: this.tabId,
    };
    this.channel?.postMessage(request);
    this.stealTimer = setTimeout(() => void this.steal(), this.channel ? this.timeoutMs : 0);
  }

  /** Lets go of everything (the route unmounts). Pending drafts save themselves on unmount. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.stealTimer);
    clearTimeout(this.graceTimer);
    this.waiting?.abort();
    this.waiting = null;
    this.releaseLock?.();
    this.releaseLock = null;
    this.channel?.close();
    this.listeners.clear();
  }

  private setStatus(next: OwnershipStatus): void {
    if (this.disposed || this.status === next) return;
    this.status = next;
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Requests the lock; resolves true once held (the lock is then kept until releaseLock runs),
   * false when not available, aborted, or lost.
   */
  private acquire(options: LockOptions): Promise<boolean> {
    const locks = this.locks;
    if (!locks) return Promise.resolve(false);
    return new Promise<boolean>((granted) => {
      locks
        .request(this.resource, options, (lock) => {
          if (!lock || this.disposed) {
            granted(false);
            return undefined;
          }
          granted(true);
          return new Promise<void>((release) => {
            this.releaseLock = release;
          });
        })
        .catch(() => {
          // Rejected: our queued request was aborted, or the lock we held was stolen.
          granted(false);
          if (this.status === 'owner') {
            this.releaseLock = null;
            this.setStatus('moved');
          }
        });
    });
  }

  private waitForLock(): void {
    const controller = new AbortController();
    this.waiting = controller;
    void this.acquire({ signal: controller.signal }).then((held) => {
      if (this.waiting === controller) this.waiting = null;
      if (held) this.becomeOwner();
    });
  }

  private async steal(): Promise<void> {
    if (this.disposed || this.status !== 'taking-over') return;
    this.waiting?.abort();
    this.waiting = null;
    if (await this.acquire({ steal: true })) this.becomeOwner();
  }

  private becomeOwner(): void {
    clearTimeout(this.stealTimer);
    clearTimeout(this.graceTimer);
    this.setStatus('owner');
  }

  /** Another tab asked: save what is pending, stop, then let go. */
  private async handOver(): Promise<void> {
    if (this.status !== 'owner' || !this.releaseLock) return;
    const release = this.releaseLock;
    this.releaseLock = null;
    await Promise.all([...this.beforeReleaseWork].map((work) => work().catch(() => undefined)));
    this.setStatus('moved');
    // Let the screen unmount (it stops writing) before the other tab gets the lock.
    setTimeout(release, 0);
  }
}
