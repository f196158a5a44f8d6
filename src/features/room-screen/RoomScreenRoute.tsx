import { useEffect } from 'react';
import { RoomView } from './RoomView';
import { useRoomSnapshot } from './useRoomSnapshot';

/** The room screen window (/room): follows the facilitator's window over the presenter channel. */
export function RoomScreenRoute() {
  const snapshot = useRoomSnapshot();

  useEffect(() => {
    const previous = document.title;
    document.title = 'Room screen · Parallel Process';
    return () => {
      document.title = previous;
    };
  }, []);

  return <RoomView snapshot={snapshot} />;
}
