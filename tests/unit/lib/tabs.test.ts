import { afterEach, describe, expect, it, vi } from 'vitest';
import { huddleLockName, type OwnershipOptions, TabOwnership } from '../../../src/lib/tabs';
import { FakeBus, FakeLocks } from './fakeLocks';

const NAME = huddleLockName('session-1');
const opened: TabOwnership[] = [];

function tab(options: OwnershipOptions) {
  const ownership = new TabOwnership(NAME, options);
  opened.push(ownership);
  return ownership;
}

async function settle(ms = 0) {
  await new Promise((r) => setTimeout(r, ms));
}

afterEach(() => {
  for (const o of opened.splice(0)) o.dispose();
});

describe('two tabs on one huddle', () => {
  it('the first tab runs it; the second is told it is open elsewhere', async () => {
    const locks = new FakeLocks();
    const bus = new FakeBus();
    const a = tab({ locks, openChannel: bus.open });
    const b = tab({ locks, openChannel: bus.open });
    await a.start();
    await b.start();
    expect(a.getStatus()).toBe('owner');
    expect(b.getStatus()).toBe('claiming');
    await vi.waitFor(() => expect(b.getStatus()).toBe('elsewhere'));
  });

  it('does not flash "elsewhere" while a lock is just being let go (reload, double mount)', async () => {
    const locks = new FakeLocks();
    const bus = new FakeBus();
    const before = tab({ locks, openChannel: bus.open });
    await before.start();
    const after = tab({ locks, openChannel: bus.open });
    const seen: string[] = [];
    after.subscribe(() => seen.push(after.getStatus()));
    const starting = after.start();
    before.dispose();
    await starting;
    await vi.waitFor(() => expect(after.getStatus()).toBe('owner'));
    expect(seen).toEqual(['owner']);
  });

  it('takes over only after the first tab has saved what was pending', async () => {
    const locks = new FakeLocks();
    const bus = new FakeBus();
    const a = tab({ locks, openChannel: bus.open });
    const b = tab({ locks, openChannel: bus.open });
    await a.start();
    await b.start();

    const order: string[] = [];
    a.beforeRelease(async () => {
      await settle(5);
      order.push('a saved its drafts');
    });
    a.subscribe(() => order.push(`a: ${a.getStatus()}`));
    b.subscribe(() => order.push(`b: ${b.getStatus()}`));

    b.takeOver();
    await vi.waitFor(() => expect(b.getStatus()).toBe('owner'));
    expect(a.getStatus()).toBe('moved');
    expect(order).toEqual(['b: taking-over', 'a saved its drafts', 'a: moved', 'b: owner']);
  });

  it('can be taken back by the tab it moved from', async () => {
    const locks = new FakeLocks();
    const bus = new FakeBus();
    const a = tab({ locks, openChannel: bus.open });
    const b = tab({ locks, openChannel: bus.open });
    await a.start();
    await b.start();
    b.takeOver();
    await vi.waitFor(() => expect(b.getStatus()).toBe('owner'));
    a.takeOver();
    await vi.waitFor(() => expect(a.getStatus()).toBe('owner'));
    expect(b.getStatus()).toBe('moved');
  });

  it('picks the huddle up by itself when the other tab closes it', async () => {
    const locks = new FakeLocks();
    const bus = new FakeBus();
    const a = tab({ locks, openChannel: bus.open });
    const b = tab({ locks, openChannel: bus.open });
    await a.start();
    await b.start();
    a.dispose();
    await vi.waitFor(() => expect(b.getStatus()).toBe('owner'));
  });

  it('steals the lock from a tab that does not answer', async () => {
    const locks = new FakeLocks();
    const bus = new FakeBus();
    // A tab with no channel never hears the request (frozen, or an older version).
    const a = tab({ locks, openChannel: () => null });
    const b = tab({ locks, openChannel: bus.open, handoffTimeoutMs: 20 });
    await a.start();
    await b.start();
    b.takeOver();
    await vi.waitFor(() => expect(b.getStatus()).toBe('owner'));
    expect(a.getStatus()).toBe('moved');
  });

  it('without the Web Locks API every tab runs the huddle, as before', async () => {
    const a = tab({ locks: null });
    await a.start();
    expect(a.getStatus()).toBe('owner');
  });

  it('a tab closed while waiting never takes the lock', async () => {
    const locks = new FakeLocks();
    const bus = new FakeBus();
    const a = tab({ locks, openChannel: bus.open });
    const b = tab({ locks, openChannel: bus.open });
    await a.start();
    await b.start();
    b.dispose();
    a.dispose();
    await settle(5);
    expect(locks.isHeld(NAME)).toBe(false);
  });
});
