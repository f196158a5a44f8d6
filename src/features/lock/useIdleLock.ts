import { useEffect, useRef } from 'react';

/** Last activity in any window of the app, so a quiet background tab does not lock a busy one. */
export const ACTIVITY_KEY = 'pp.lastActivity';
const SHARE_EVERY_MS = 5_000;
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'input'];

function sharedActivity(): number {
  try {
    const value = Number(localStorage.getItem(ACTIVITY_KEY));
    return Number.isFinite(value) ? value : 0;
  } catch {
    return 0;
  }
}

/**
 * Calls `onIdle` once nobody has touched the app (in any of its windows) for `timeoutMs`.
 * Typing counts as activity, so a person writing an answer is never locked out mid-sentence.
 */
export function useIdleLock(timeoutMs: number, active: boolean, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;

  useEffect(() => {
    if (!active) return;
    let last = Date.now();
    let shared = 0;
    const mark = () => {
      last = Date.now();
      if (last - shared < SHARE_EVERY_MS) return;
      shared = last;
      try {
        localStorage.setItem(ACTIVITY_KEY, String(last));
      } catch {
        // Storage refused: this window's own activity still counts.
      }
    };
    mark();
    const options = { capture: true, passive: true };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, mark, options);
    const check = () => {
      if (Date.now() - Math.max(last, sharedActivity()) >= timeoutMs) onIdleRef.current();
    };
    const timer = window.setInterval(check, Math.max(250, Math.min(15_000, timeoutMs / 4)));
    // A tab coming back after a long sleep locks at once rather than at the next tick.
    document.addEventListener('visibilitychange', check);
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, mark, options);
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, [timeoutMs, active]);
}
