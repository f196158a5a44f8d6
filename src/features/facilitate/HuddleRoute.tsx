import { useEffect, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { getSession, listSessionResponses } from '../../db/queries';
import { huddleSnapshotKey, readSetting } from '../../db/settings';
import { tallyResponses } from '../../domain/huddle/persist';
import { restore } from '../../domain/huddle/restore';
import { now } from '../../lib/clock';
import { HuddleElsewhere } from './HuddleElsewhere';
import { HuddleScreen } from './HuddleScreen';
import { HuddleOwnershipContext, useHuddleOwnership } from './huddleOwnership';
import { selectMachine, useLiveHuddle } from './huddleStore';
import { preloadPartAt } from './lazyParts';

type LoadState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'ended' }
  | { status: 'ready' };

/**
 * Rebuilds the live huddle from what is stored (the session, its answers and the last
 * snapshot) before showing anything, so a reload resumes at the same step with every answer.
 */
export function HuddleRoute() {
  const { sessionId = '' } = useParams();
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const machine = useLiveHuddle(selectMachine);
  // Only the tab holding the huddle loads and writes it (see lib/tabs.ts).
  const { ownership, status: ownershipStatus } = useHuddleOwnership(sessionId);
  const owner = ownershipStatus === 'owner';

  useEffect(() => {
    if (!owner) return;
    let cancelled = false;
    (async () => {
      const session = await getSession(sessionId);
      if (cancelled) return;
      if (!session) return setLoad({ status: 'missing' });
      if (session.status !== 'active') return setLoad({ status: 'ended' });
      const [responses, snapshot] = await Promise.all([
        listSessionResponses(sessionId),
        readSetting<unknown>(huddleSnapshotKey(sessionId), null),
      ]);
      if (cancelled) return;
      const state = restore({
        session,
        answers: tallyResponses(responses, session.steps.length),
        snapshot,
        at: now(),
      });
      // The code of what this position shows, so the first render has it (no flash, focus lands).
      await preloadPartAt(state);
      if (cancelled) return;
      useLiveHuddle.getState().load(sessionId, state);
      setLoad({ status: 'ready' });
    })().catch(() => !cancelled && setLoad({ status: 'missing' }));
    return () => {
      cancelled = true;
      useLiveHuddle.getState().unload();
      setLoad({ status: 'loading' });
    };
  }, [sessionId, owner]);

  if (load.status === 'ended') return <Navigate to={`/history/${sessionId}`} replace />;
  if (load.status === 'missing') {
    return (
      <div className="page">
        <h1>Huddle not found</h1>
        <p>
          This huddle is not stored on this device. <Link to="/facilitate">Start a huddle</Link>
        </p>
      </div>
    );
  }
  if (
    ownership &&
    (ownershipStatus === 'elsewhere' ||
      ownershipStatus === 'taking-over' ||
      ownershipStatus === 'moved')
  ) {
    return <HuddleElsewhere status={ownershipStatus} onTakeOver={() => ownership.takeOver()} />;
  }
  if (load.status === 'loading' || !machine) {
    return (
      <div className="page">
        <h1>Opening the huddle…</h1>
      </div>
    );
  }
  return (
    <HuddleOwnershipContext.Provider value={ownership}>
      <HuddleScreen sessionId={sessionId} />
    </HuddleOwnershipContext.Provider>
  );
}
