import { useEffect, useState } from 'react';
import { openPresenterChannel } from '../../lib/presenterChannel';
import {
  applyPresenterMessage,
  type RoomSnapshot,
  readRoomSnapshot,
  writeRoomSnapshot,
} from '../../lib/presenterSync';

/**
 * The room window's view of the huddle: starts from the last state kept in sessionStorage (a
 * reload shows it at once), says hello so the facilitator's window answers with a fresh state,
 * and follows every state and `ended` message after that.
 */
export function useRoomSnapshot(): RoomSnapshot | null {
  const [snapshot, setSnapshot] = useState(readRoomSnapshot);

  useEffect(() => {
    const channel = openPresenterChannel();
    const unsubscribe = channel.subscribe((message) =>
      setSnapshot((current) => applyPresenterMessage(current, message)),
    );
    channel.post({ type: 'hello' });
    return () => {
      unsubscribe();
      channel.close();
    };
  }, []);

  useEffect(() => {
    writeRoomSnapshot(snapshot);
  }, [snapshot]);

  return snapshot;
}
