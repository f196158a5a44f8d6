import { useEffect } from 'react';
import { currentProgress, isWriting, remainingMs } from '../../domain/huddle/selectors';
import { now } from '../../lib/clock';
import { openPresenterChannel, type RoomState } from '../../lib/presenterChannel';
import { useLiveHuddle } from './huddleStore';

function roomState(sessionId: string): RoomState | null {
  const { machine, groundingSince } = useLiveHuddle.getState();
  if (!machine) return null;
  const at = now();
  const remaining = remainingMs(machine, at);
  const floor = currentProgress(machine)?.floor;
  return {
    sessionId,
    currentStep: machine.currentStep,
    timer: remaining === null ? null : { remainingMs: remaining, at, running: !machine.paused },
    groundingSince,
    // While someone holds the device the room shows a neutral screen, even for revealed steps.
    someoneWriting: isWriting(machine),
    // A round answer goes on the wall when its turn is done (Done or Pass), not as it is typed.
    ...(floor?.kind === 'round' ? { doneTurns: Object.keys(floor.marks) } : {}),
    sentAt: at,
  };
}

/** Keeps the room screen window in step with this facilitator window. */
export function useRoomSync(sessionId: string): void {
  useEffect(() => {
    const channel = openPresenterChannel();
    const send = () => {
      const state = roomState(sessionId);
      if (state) channel.post({ type: 'state', state });
    };
    const unsubscribeChannel = channel.subscribe((message) => {
      if (message.type === 'hello') send();
    });
    const unsubscribeStore = useLiveHuddle.subscribe((state, previous) => {
      if (state.machine !== previous.machine || state.groundingSince !== previous.groundingSince) {
        send();
      }
    });
    send();
    return () => {
      unsubscribeChannel();
      unsubscribeStore();
      channel.close();
    };
  }, [sessionId]);
}

export function announceHuddleEnded(sessionId: string): void {
  const channel = openPresenterChannel();
  channel.post({ type: 'ended', sessionId });
  channel.close();
}
