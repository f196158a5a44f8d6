// Reads a previously saved HuddleState defensively. A snapshot comes back from storage and may be
// stale, from an older version, or for a different plan; anything doubtful is dropped, never
// trusted, because restore() can always fall back to the Session itself.
import type { StepDef, StepProgress, TurnMark } from './state';
import { HUDDLE_STATE_VERSION } from './state';

export interface SnapStep {
  visited: boolean;
  outcome: StepProgress['outcome'];
  revealed: boolean;
  wentOver: boolean;
  budgetMs: number | null;
  elapsedMs: number;
  /** When the clock was last checkpointed while running; null if it was stopped. */
  runningSince: number | null;
  /** Round only; undefined when the saved step was not a round. */
  speaker: number | null | undefined;
  marks: Record<string, TurnMark>;
  answered: number;
  passed: number;
  /** Device only: the slot of the turn in progress (see DeviceFloor.slot). */
  slot: number | undefined;
}

export interface Snap {
  currentStep: number;
  paused: boolean;
  endedEarly: boolean;
  endedAt: number | null;
  steps: SnapStep[];
}

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

function millis(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

function readMarks(value: unknown): Record<string, TurnMark> {
  const marks: Record<string, TurnMark> = {};
  if (!isObj(value)) return marks;
  for (const [id, mark] of Object.entries(value)) {
    // '__proto__' as a key would hit the prototype setter instead of storing a mark.
    if (id === '__proto__') continue;
    if (mark === 'answered' || mark === 'passed') marks[id] = mark;
  }
  return marks;
}

function readStep(raw: unknown): SnapStep {
  const p = isObj(raw) ? raw : {};
  const timer = isObj(p.timer) ? p.timer : {};
  const floor = isObj(p.floor) ? p.floor : {};
  const speaker = floor.speaker;
  return {
    visited: p.visited === true,
    outcome: p.outcome === 'done' || p.outcome === 'skipped' ? p.outcome : null,
    revealed: p.revealed === true,
    wentOver: p.wentOver === true,
    budgetMs: millis(timer.budgetMs),
    // Only the folded part: a running segment's end is unknown (see checkpoint()).
    elapsedMs: millis(timer.elapsedMs) ?? 0,
    runningSince: millis(timer.runningSince),
    speaker:
      floor.kind !== 'round'
        ? undefined
        : typeof speaker === 'number' && Number.isInteger(speaker)
          ? speaker
          : null,
    marks: readMarks(floor.marks),
    answered: count(floor.answered),
    passed: count(floor.passed),
    slot:
      floor.kind === 'device' && typeof floor.slot === 'number' && Number.isInteger(floor.slot)
        ? floor.slot
        : undefined,
  };
}

/** Same plan, same shape: the steps must match one for one or the snapshot is ignored. */
function sameSteps(raw: unknown, steps: readonly StepDef[]): boolean {
  if (!Array.isArray(raw) || raw.length !== steps.length) return false;
  return steps.every((step, i) => {
    const other: unknown = raw[i];
    return isObj(other) && other.planStepId === step.planStepId && other.mode === step.mode;
  });
}

export function readSnapshot(raw: unknown, steps: readonly StepDef[]): Snap | null {
  if (!isObj(raw) || raw.version !== HUDDLE_STATE_VERSION) return null;
  if (!sameSteps(raw.steps, steps) || !Array.isArray(raw.progress)) return null;
  if (raw.progress.length !== steps.length) return null;
  const current = raw.currentStep;
  return {
    currentStep: typeof current === 'number' && Number.isInteger(current) ? current : -2,
    paused: raw.paused === true,
    endedEarly: raw.endedEarly === true,
    endedAt: millis(raw.endedAt),
    steps: raw.progress.map(readStep),
  };
}
