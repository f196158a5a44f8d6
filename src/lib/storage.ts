export interface StorageStatus {
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

/** Asks the browser not to evict our data; harmless if refused or unsupported. */
export async function requestPersistentStorage(): Promise<boolean | null> {
  // Some browsers (older Safari, some embedded web views) have no persist() or no persisted().
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.persist !== 'function') return null;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const persisted =
    typeof storage?.persisted === 'function' ? await storage.persisted().catch(() => null) : null;
  const estimate =
    typeof storage?.estimate === 'function' ? await storage.estimate().catch(() => null) : null;
  return {
    persisted,
    usageBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
  };
}
