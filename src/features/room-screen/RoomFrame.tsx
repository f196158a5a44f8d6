import type { ReactNode } from 'react';
import { useFitToScreen } from './useFitToScreen';

export const REVEAL_NOTE = 'This screen shows only what the facilitator has revealed.';

/**
 * The wall display's page: an optional top bar (position and timer), a stage whose type shrinks
 * to fit the screen, and a quiet note on what the room can see. No navigation, by design.
 */
export function RoomFrame({
  view,
  top,
  children,
}: {
  view: string;
  top?: ReactNode;
  children: ReactNode;
}) {
  const stageRef = useFitToScreen<HTMLDivElement>();
  return (
    <main id="main" className={`room-screen room-${view}`}>
      {top && <div className="room-top">{top}</div>}
      <div className="room-stage" ref={stageRef}>
        <div className="room-stage-inner">{children}</div>
      </div>
      <p className="room-note">{REVEAL_NOTE}</p>
    </main>
  );
}

export function Brand() {
  return (
    <p className="room-brand">
      <img src="/favicon.svg" alt="" width="40" height="40" />
      <span>Parallel Process</span>
    </p>
  );
}
