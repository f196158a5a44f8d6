import { useEffect, useState } from 'react';
import { now } from '../../lib/clock';
import type { RoomTimer as RoomTimerState } from '../../lib/presenterChannel';
import { formatMinutesSeconds, secondsLeft, timerRemainingAt } from '../../lib/presenterSync';

/**
 * The step's time box, counted down here from the last state (the facilitator sends one only
 * when something changes). Running out never cuts anyone off: it says so, gently.
 */
export function RoomTimer({ timer }: { timer: RoomTimerState }) {
  const [at, setAt] = useState(now);

  useEffect(() => {
    setAt(now());
    if (!timer.running) return;
    // Poll a few times a second but render only when the shown second changes.
    const id = window.setInterval(() => {
      const t = now();
      setAt((previous) =>
        secondsLeft(timerRemainingAt(timer, previous)) === secondsLeft(timerRemainingAt(timer, t))
          ? previous
          : t,
      );
    }, 250);
    return () => window.clearInterval(id);
  }, [timer]);

  const remaining = timerRemainingAt(timer, at);
  if (remaining < 0) {
    return <p className="room-timer room-timer-over">Over time — take the time you need</p>;
  }
  return (
    <p className={`room-timer${timer.running ? '' : ' room-timer-paused'}`}>
      <span className="visually-hidden">Time left: </span>
      <span className="room-timer-clock">{formatMinutesSeconds(secondsLeft(remaining))}</span>
      {!timer.running && <span className="room-timer-state">Paused</span>}
    </p>
  );
}
