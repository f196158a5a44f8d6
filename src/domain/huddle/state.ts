// The huddle flow's state and events. Everything here is plain JSON (no Dates, Maps, classes or
// functions) so the app can persist a snapshot and restore it after a reload.
import type { Guest, Millis, Session, SessionStep } from '../types';

/**
 * Version of the HuddleState shape. restore() ignores snapshots with another version, so
 * changing the shape needs a bump here (and, if old snapshots matter, a reader for them).
 */
export const HUDDLE_STATE_VERSION = 1;

/** What the machine needs from a step; prompts and texts stay with the Session. */
export type StepDef = Pick<SessionStep, 'planStepId' | 'kind' | 'title' | 'mode' | 'timeBoxSec'>;

/** A completed turn: a pass counts as an answer for "everyone is in". */
export type TurnMark = 'answered' | 'passed';

/** Pass-the-device: 'handoff' is the cleared screen between people; 'writing' is one person's. */
export type Screen = 'handoff' | 'writing';

/**
 * A step's countdown. Time is counted in `elapsedMs` up to `runningSince`, plus the running
 * segment since then; a paused or inactive step has `runningSince: null`.
 */
export interface StepTimer {
  /** Time box plus every extension. */
  budgetMs: number;
  elapsedMs: number;
  runningSince: Millis | null;
}

/** 'round': the facilitator goes round the attendance list, visible as it goes. */
export interface RoundFloor {
  kind: 'round';
  /** Index into participants(state); null once everyone has had a turn. */
  speaker: number | null;
  /** Keyed by participant id (member or guest id). Marks only upgrade: passed → answered. */
  marks: Record<string, TurnMark>;
}

/**
 * 'private' | 'anonymous' | 'pulse': one device passed from person to person. Only counts are
 * kept — never who — so an anonymous step's bookkeeping holds no member id at all. The current
 * turn is `answered + passed` (see selectors.turn).
 */
export interface DeviceFloor {
  kind: 'device';
  screen: Screen;
  answered: number;
  passed: number;
  /** The person now writing has saved an answer (ANSWER_RECORDED) and may hand on. */
  draftSaved: boolean;
  /**
   * The turn in progress's anonymous slot (random, not a person id), set when the turn begins
   * and kept until it is done, so a turn put back ("Not yet") or cut by a reload resumes with
   * the words it saved. Absent between turns.
   */
  slot?: number;
}

export type Floor = RoundFloor | DeviceFloor;

export interface StepProgress {
  visited: boolean;
  /** How the step was last left going forward; null if never left forward. */
  outcome: 'done' | 'skipped' | null;
  /** Latched: once answers are shown to the room they cannot be un-shown. */
  revealed: boolean;
  /** Latched: the step ran past its time box at some point (for the summary, never to cut off). */
  wentOver: boolean;
  timer: StepTimer;
  floor: Floor;
}

export interface HuddleState {
  version: typeof HUDDLE_STATE_VERSION;
  steps: StepDef[];
  /** Member ids present, in the order the round goes. */
  attendance: string[];
  /** Guests present; they follow the members in the round. */
  guests: Guest[];
  /** Same meaning as Session.currentStep: -1 lobby, 0…n-1 a step, steps.length the summary. */
  currentStep: number;
  /** Huddle-wide: navigating while paused stays paused, so nothing starts behind your back. */
  paused: boolean;
  startedAt: Millis | null;
  endedAt: Millis | null;
  endedEarly: boolean;
  /** The step END_EARLY stopped at (0-based); null unless ended early. */
  stoppedAtStep: number | null;
  /** Parallel to `steps`. */
  progress: StepProgress[];
}

export type Phase = 'lobby' | 'step' | 'summary';

/** Every event carries the time it happened; the machine never reads a clock. */
interface Timed {
  at: Millis;
}

export type HuddleEvent =
  | (Timed & { type: 'SET_ATTENDANCE'; attendance: readonly string[]; guests: readonly Guest[] })
  | (Timed & { type: 'START' })
  | (Timed & { type: 'NEXT' })
  | (Timed & { type: 'BACK' })
  | (Timed & { type: 'SKIP' })
  | (Timed & { type: 'EXTEND'; seconds?: number })
  | (Timed & { type: 'PAUSE' })
  | (Timed & { type: 'RESUME' })
  | (Timed & { type: 'TICK' })
  | (Timed & { type: 'REVEAL' })
  | (Timed & { type: 'END_EARLY' })
  | (Timed & { type: 'ANSWER_RECORDED' })
  | (Timed & { type: 'PASS' })
  | (Timed & { type: 'HAND_TO_NEXT' })
  /** `slot`: a fresh random slot for the turn, used unless a turn in progress already has one. */
  | (Timed & { type: 'BEGIN_TURN'; slot?: number })
  | (Timed & { type: 'CANCEL_TURN' })
  | (Timed & { type: 'CHOOSE_SPEAKER'; index: number })
  | (Timed & { type: 'RESUME_FROM_SAVED'; saved: RestoreInput });

export type HuddleEventType = HuddleEvent['type'];

/** The Session fields restore() reads; a whole Session fits. */
export type SessionLike = Pick<
  Session,
  'steps' | 'currentStep' | 'attendance' | 'guests' | 'startedAt' | 'endedAt' | 'stoppedAtStep'
>;

/** What the saved responses say about one step (see tallyResponses). */
export interface StepTally {
  answered: number;
  passed: number;
  /**
   * Attributed steps: marks by member/guest id, so a round resumes with the right person. For a
   * round step these win over the counts; without them a round is filled in attendance order.
   */
  marks?: Record<string, TurnMark>;
}

export interface RestoreInput {
  session: SessionLike;
  /**
   * Per step index, from the saved responses. When given it is the truth for every step
   * (a missing entry means no answers); when omitted, counts come from the snapshot.
   */
  answers?: ReadonlyArray<StepTally | undefined>;
  /**
   * An earlier HuddleState (ideally from checkpoint()), e.g. kept in a Setting. Supplies what a
   * Session cannot: skips, time used, extensions, the round's speaker. Ignored when stale.
   */
  snapshot?: unknown;
  /**
   * When the restore happens. A clock that was running at the last checkpoint resumes counting
   * from that checkpoint, but counts no more than MAX_RESTORE_GAP_MS of the time in between.
   */
  at?: Millis;
}
