import type { ReactNode } from 'react';
import { LockScreen } from './LockScreen';
import { selectShowLockScreen, useLock } from './lockStore';

/**
 * Wraps the whole app (every route, the room screen included). While locked, the app is not
 * rendered at all: no answer, name or title of a huddle is left anywhere in the page.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const locked = useLock(selectShowLockScreen);
  return locked ? <LockScreen /> : children;
}
