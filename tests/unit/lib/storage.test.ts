import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStorageStatus, requestPersistentStorage } from '../../../src/lib/storage';

function setStorage(value: unknown) {
  Object.defineProperty(navigator, 'storage', { value, configurable: true });
}

afterEach(() => {
  setStorage(undefined);
});

describe('persistent storage', () => {
  it('is harmless where navigator.storage is missing', async () => {
    setStorage(undefined);
    await expect(requestPersistentStorage()).resolves.toBeNull();
    await expect(readStorageStatus()).resolves.toEqual({
      persisted: null,
      usageBytes: null,
      quotaBytes: null,
    });
  });

  it('is harmless where persist() is missing', async () => {
    setStorage({ estimate: async () => ({ usage: 10, quota: 100 }) });
    await expect(requestPersistentStorage()).resolves.toBeNull();
    await expect(readStorageStatus()).resolves.toEqual({
      persisted: null,
      usageBytes: 10,
      quotaBytes: 100,
    });
  });

  it('asks only when not already persistent, even without persisted()', async () => {
    const persist = vi.fn().mockResolvedValue(true);
    setStorage({ persist });
    await expect(requestPersistentStorage()).resolves.toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);

    const again = vi.fn();
    setStorage({ persist: again, persisted: async () => true });
    await expect(requestPersistentStorage()).resolves.toBe(true);
    expect(again).not.toHaveBeenCalled();
  });

  it('reports a refusal or an exception as such', async () => {
    setStorage({ persist: async () => false, persisted: async () => false });
    await expect(requestPersistentStorage()).resolves.toBe(false);
    setStorage({ persist: () => Promise.reject(new Error('nope')), persisted: async () => false });
    await expect(requestPersistentStorage()).resolves.toBeNull();
  });
});
