import { createContext, useContext } from 'react';

/**
 * The answer fields on screen register their "save now" functions here, so the turn can be
 * handed on (or the step changed) only after every pending keystroke is on disk.
 */
export interface DraftRegistry {
  register(flush: () => Promise<void>): () => void;
  flushAll(): Promise<void>;
}

export function createDraftRegistry(): DraftRegistry {
  const flushers = new Set<() => Promise<void>>();
  return {
    register(flush) {
      flushers.add(flush);
      return () => flushers.delete(flush);
    },
    async flushAll() {
      await Promise.all([...flushers].map((flush) => flush()));
    },
  };
}

export const DraftRegistryContext = createContext<DraftRegistry | null>(null);

export function useDraftRegistry(): DraftRegistry | null {
  return useContext(DraftRegistryContext);
}
