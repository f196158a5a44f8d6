import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { Millis } from '../domain/types';
import { now as clockNow } from '../lib/clock';

// A 60-second breathing exercise: in for 4, out for 6. A longer out-breath is a widely taught way
// to settle the body, and 4 + 6 gives an even six breaths a minute, so the minute ends on a
// complete breath. Changing these also changes the keyframes of .grounding-circle in styles.css.
export const GROUNDING_SECONDS = 60;
export const BREATHE_IN_SECONDS = 4;
export const BREATHE_OUT_SECONDS = 6;
const BREATH_SECONDS = BREATHE_IN_SECONDS + BREATHE_OUT_SECONDS;

export type BreathPhase = 'in' | 'out' | 'done';

export interface BreathCue {
  phase: BreathPhase;
  /** Seconds left in this in- or out-breath (4…1, 6…1); 0 when done. */
  count: number;
  /** Seconds left of the whole minute; 0 when done. */
  secondsLeft: number;
}

/** Whole seconds since the start, never negative (a clock a little behind is treated as 0). */
export function elapsedSeconds(startedAt: Millis, at: Millis): number {
  return Math.max(0, Math.floor((at - startedAt) / 1000));
}

/** Where in the exercise a given second falls. Pure, so both windows show the same cue. */
export function breathCue(elapsed: number): BreathCue {
  if (elapsed >= GROUNDING_SECONDS) return { phase: 'done', count: 0, secondsLeft: 0 };
  const inBreath = elapsed % BREATH_SECONDS;
  const secondsLeft = GROUNDING_SECONDS - elapsed;
  return inBreath < BREATHE_IN_SECONDS
    ? { phase: 'in', count: BREATHE_IN_SECONDS - inBreath, secondsLeft }
    : { phase: 'out', count: BREATH_SECONDS - inBreath, secondsLeft };
}

const CUE_TEXT: Record<BreathPhase, string> = {
  in: 'Breathe in…',
  out: 'Breathe out…',
  done: 'Welcome back.',
};

export interface GroundingMomentProps {
  /** When the moment started (the same value on the facilitator's screen and the room's). */
  startedAt: Millis;
  /** The clock; injected by tests. */
  now?: () => Millis;
  /** Given: shown as a modal dialog over the page, closed by Escape or its Close button. */
  onClose?: () => void;
  /** Room screen size. */
  large?: boolean;
  /** The heading level inside (1 when it is the only thing on a page). */
  headingLevel?: 1 | 2;
}

/**
 * A calm, optional minute of breathing. As an overlay (with onClose) it is a modal dialog that
 * takes focus and gives it back; without onClose it is a plain section (the room screen shows it
 * while the facilitator keeps it open). Under reduced motion the circle stays still and only the
 * words guide the breath.
 */
export function GroundingMoment({
  startedAt,
  now = clockNow,
  onClose,
  large = false,
  headingLevel = 2,
}: GroundingMomentProps) {
  const headingId = useId();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const className = `grounding${large ? ' grounding-large' : ''}`;
  const body = (
    <>
      <Heading id={headingId} className="grounding-title">
        Grounding moment
      </Heading>
      <p className="grounding-invite">Join in only if you'd like to. Nobody has to.</p>
      {/* Keyed on the start so a new moment starts its circle and count afresh. */}
      <BreathingGuide key={startedAt} startedAt={startedAt} now={now} />
    </>
  );

  if (!onClose) {
    return (
      <section className={className} aria-labelledby={headingId}>
        {body}
      </section>
    );
  }
  return (
    <GroundingDialog className={className} onClose={onClose}>
      {body}
    </GroundingDialog>
  );
}

function GroundingDialog({
  className,
  onClose,
  children,
}: {
  className: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  }, [onClose]);

  // Focus moves in on open and back to where it was on close.
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialogRef.current?.focus();
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  // Escape closes from anywhere on the page, even if focus was clicked away onto the backdrop.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      closeRef.current();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);

  // Tab stays inside the dialog (aria-modal: the page behind is out of reach).
  const trapTab = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const focusable = [
      ...dialogRef.current.querySelectorAll<HTMLElement>(
        'button:not([disabled]), [href], input, select, textarea, [tabindex]:not([tabindex="-1"])',
      ),
    ];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === dialogRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="grounding-overlay">
      <div
        ref={dialogRef}
        className={className}
        role="dialog"
        aria-modal="true"
        aria-label="Grounding moment"
        tabIndex={-1}
        onKeyDown={trapTab}
      >
        {children}
        <div className="grounding-actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}

function BreathingGuide({ startedAt, now }: { startedAt: Millis; now: () => Millis }) {
  const [elapsed, setElapsed] = useState(() => elapsedSeconds(startedAt, now()));
  // The circle's animation starts part-way through a breath when the moment began earlier (the
  // room screen opened late), so circle and words stay in step. Read once: the CSS runs on.
  const [delayMs] = useState(() => -(Math.max(0, now() - startedAt) % (BREATH_SECONDS * 1000)));
  const cue = breathCue(elapsed);
  const done = cue.phase === 'done';

  useEffect(() => {
    if (done) return;
    // A quarter-second poll keeps the count within a beat of the clock; state changes (and so
    // renders) only once a second.
    const tick = () => setElapsed(elapsedSeconds(startedAt, now()));
    tick();
    const id = window.setInterval(tick, 250);
    return () => window.clearInterval(id);
  }, [startedAt, now, done]);

  return (
    <div className="grounding-guide" data-phase={cue.phase}>
      <div className="grounding-circle-area" aria-hidden="true">
        <div
          className="grounding-circle"
          data-phase={cue.phase}
          style={{ animationDelay: `${delayMs}ms` }}
        />
      </div>
      <p className="grounding-cue">
        {/* Only the words of a new phase are announced, never the per-second count. */}
        <span aria-live="polite" aria-atomic="true">
          {CUE_TEXT[cue.phase]}
        </span>
        {!done && <span className="grounding-count"> {cue.count}</span>}
      </p>
      <p className="grounding-left">
        {done
          ? 'Take your time coming back.'
          : `${cue.secondsLeft} ${cue.secondsLeft === 1 ? 'second' : 'seconds'} left`}
      </p>
    </div>
  );
}
