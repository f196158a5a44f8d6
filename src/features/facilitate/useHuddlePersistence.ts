import { useContext, useEffect, useState } from 'react';
import {
  endSessionEarly,
  markStepRevealed,
  setAttendance,
  setCurrentStep,
} from '../../db/sessions';
import { huddleSnapshotKey, writeSetting } from '../../db/settings';
import { startSnapshotSchedule } from '../../db/snapshotTriggers';
import { checkpoint } from '../../domain/huddle/persist';
import type { HuddleState } from '../../domain/huddle/state';
import { now } from '../../lib/clock';
import { HuddleOwnershipContext } from './huddleOwnership';
import { useLiveHuddle } from './huddleStore';

/** Writes what changed between two machine states; one promise chain keeps writes in order. */
async function persistChange(sessionId: string, before: HuddleState, after: HuddleState) {
  if (before.attendance !== after.attendance || before.guests !== after.guests) {
    await setAttendance(sessionId, after.attendance, after.guests);
  }
  for (let i = 0; i < after.progress.length; i += 1) {
    if (after.progress[i]?.revealed && !before.progress[i]?.revealed) {
      await markStepRevealed(sessionId, i);
    }
  }
  if (after.stoppedAtStep !== null && before.stoppedAtStep === null) {
    // Ending early ends the huddle now, not when the summary is closed.
    await endSessionEarly(sessionId, after.stoppedAtStep);
  } else if (before.currentStep !== after.currentStep) {
    await setCurrentStep(sessionId, after.currentStep);
  }
  await writeSetting(huddleSnapshotKey(sessionId), checkpoint(after, now()));
}

/**
 * Saves the huddle's position on every step change, reveal and attendance change, plus a
 * snapshot of timers and turns (also when the page is hidden), so a reload or crash resumes
 * where the room was. Returns the last save error, if any, for the screen to show.
 */
export function useHuddlePersistence(sessionId: string): unknown {
  const [error, setError] = useState<unknown>(null);
  const ownership = useContext(HuddleOwnershipContext);

  useEffect(() => {
    let chain: Promise<void> = Promise.resolve();
    const enqueue = (work: () => Promise<void>) => {
      chain = chain.then(work).then(
        () => setError(null),
        (e: unknown) => setError(e),
      );
    };
    const unsubscribe = useLiveHuddle.subscribe((state, previous) => {
      const after = state.machine;
      const before = previous.machine;
      if (!after || !before || after === before || state.sessionId !== sessionId) return;
      enqueue(() => persistChange(sessionId, before, after));
    });
    const saveSnapshot = () => {
      const machine = useLiveHuddle.getState().machine;
      if (machine)
        enqueue(() => writeSetting(huddleSnapshotKey(sessionId), checkpoint(machine, now())));
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saveSnapshot();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', saveSnapshot);
    // Time used on a step survives a crash to within 15 seconds.
    const interval = window.setInterval(saveSnapshot, 15_000);
    // A rolling backup of everything at most every 15 minutes while the huddle runs.
    const stopSnapshots = startSnapshotSchedule();
    // Before another tab takes the huddle over: the latest position is on disk.
    const offHandoff = ownership?.beforeRelease(async () => {
      saveSnapshot();
      await chain;
    });
    return () => {
      offHandoff?.();
      stopSnapshots();
      unsubscribe();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', saveSnapshot);
      window.clearInterval(interval);
    };
  }, [sessionId, ownership]);

  return error;
}
