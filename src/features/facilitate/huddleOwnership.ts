import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { huddleLockName, type OwnershipStatus, TabOwnership } from '../../lib/tabs';

/** The live huddle's claim on this tab (see lib/tabs.ts); null outside a huddle. */
export const HuddleOwnershipContext = createContext<TabOwnership | null>(null);

const noop = () => () => {};
const claiming = (): OwnershipStatus => 'claiming';

/** Claims the huddle for this tab while the route is open; a new claim per huddle. */
export function useHuddleOwnership(sessionId: string) {
  const [ownership, setOwnership] = useState<TabOwnership | null>(null);
  useEffect(() => {
    const claim = new TabOwnership(huddleLockName(sessionId));
    setOwnership(claim);
    void claim.start();
    return () => claim.dispose();
  }, [sessionId]);
  const status = useSyncExternalStore(
    ownership?.subscribe ?? noop,
    ownership?.getStatus ?? claiming,
  );
  return { ownership, status };
}

/** Work to finish before this tab hands the huddle to another one (e.g. flushing drafts). */
export function useBeforeHandoff(work: () => Promise<void>): void {
  const ownership = useContext(HuddleOwnershipContext);
  useEffect(() => ownership?.beforeRelease(work), [ownership, work]);
}
