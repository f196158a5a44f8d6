import { useEffect, useState } from 'react';
import type { ActionId } from '../../domain/huddle/actions';
import { isPaused, remainingMs } from '../../domain/huddle/selectors';
import { now } from '../../lib/clock';
import { selectMachine, useLiveHuddle } from './huddleStore';
import { ShortcutButton } from './ShortcutButton';

export function formatClock(ms: number): string {
  const total = Math.ceil(Math.abs(ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** Countdown for the step. Running out never cuts anyone off: it only says so, gently. */
export function StepTimer({ onRun }: { onRun: (id: ActionId) => void }) {
  const machine = useLiveHuddle(selectMachine);
  const [clock, setClock] = useState(now);
  useEffect(() => {
    const id = window.setInterval(() => setClock(now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  if (!machine) return null;
  const remaining = remainingMs(machine, clock);
  if (remaining === null) return null;
  const paused = isPaused(machine);
  const over = remaining < 0;
  return (
    <div className={`step-timer${over ? ' over' : ''}`}>
      <p className="timer-readout">
        <span className="visually-hidden">Time left on this step: </span>
        {over ? `+${formatClock(remaining)}` : formatClock(remaining)}
        {paused && <span className="timer-state"> paused</span>}
      </p>
      {over && <p className="timer-note">Over time — take the time you need.</p>}
      <div className="button-row">
        <ShortcutButton
          action="toggle-pause"
          className="secondary"
          onClick={() => onRun('toggle-pause')}
        >
          {paused ? 'Resume timer' : 'Pause timer'}
        </ShortcutButton>
        <ShortcutButton action="extend" className="secondary" onClick={() => onRun('extend')}>
          Add a minute
        </ShortcutButton>
      </div>
    </div>
  );
}
