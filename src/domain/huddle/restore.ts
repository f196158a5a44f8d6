// Rebuilds a huddle after a reload. The durable records win on what they know — the Session
// on position, attendance and reveals; the saved responses on who answered — and an optional
// snapshot fills in what they cannot hold (skips, time used, the round's speaker).
import { createHuddle, newProgress } from './create';
import { markOf, nextUnmarked } from './floor';
import { participants } from './participants';
import { readSnapshot, type Snap, type SnapStep } from './snapshot';
import type {
  Floor,
  HuddleState,
  RestoreInput,
  StepDef,
  StepProgress,
  StepTally,
  TurnMark,
} from './state';
import { latchReveal, updateProgress } from './update';

/**
 * A clock running at the last checkpoint counts the time since, up to this much: a reload or a
 * crash takes seconds, but a tab reopened next morning must not show the step hours over time.
 */
export const MAX_RESTORE_GAP_MS = 60_000;

/** The timer as it was: paused stays paused; running resumes, counting the gap (capped). */
function restoredClock(
  snap: Snap | null,
  trusted: boolean,
  currentStep: number,
  at: number | undefined,
): { paused: boolean; runningSince: number | null } {
  if (snap?.paused) return { paused: true, runningSince: null };
  const checkpointAt = trusted ? (snap?.steps[currentStep]?.runningSince ?? null) : null;
  if (checkpointAt !== null) {
    const since = at === undefined ? checkpointAt : Math.max(checkpointAt, at - MAX_RESTORE_GAP_MS);
    return { paused: false, runningSince: since };
  }
  // Nothing says when it last ran: resume now, or (with no time to go by) wait for the facilitator.
  return at === undefined
    ? { paused: true, runningSince: null }
    : { paused: false, runningSince: at };
}

function clampStep(value: number, stepCount: number): number {
  if (!Number.isFinite(value)) return -1;
  return Math.min(Math.max(Math.trunc(value), -1), stepCount);
}

/** Counts without names (older data, or a caller that only counted): fill in round order. */
function marksFromCounts(tally: StepTally, ids: readonly string[]): Record<string, TurnMark> {
  const marks: Record<string, TurnMark> = {};
  ids.forEach((id, i) => {
    if (i < tally.answered) marks[id] = 'answered';
    else if (i < tally.answered + tally.passed) marks[id] = 'passed';
  });
  return marks;
}

function onlyPresent(marks: Record<string, TurnMark>, ids: readonly string[]) {
  const kept: Record<string, TurnMark> = {};
  for (const id of ids) {
    const mark = markOf(marks, id);
    if (mark) kept[id] = mark;
  }
  return kept;
}

function restoreFloor(
  step: StepDef,
  tally: StepTally | undefined,
  snap: SnapStep | undefined,
  ids: readonly string[],
): Floor {
  if (step.mode !== 'round') {
    // Always the cleared handoff screen: whoever was writing may no longer hold the device.
    // Drafts are not in the tally, so the turn that was cut short is the current turn again.
    const source = tally ?? snap ?? { answered: 0, passed: 0 };
    const answered = Math.max(0, Math.trunc(source.answered) || 0);
    const passed = Math.max(0, Math.trunc(source.passed) || 0);
    // The snapshot's slot belongs to this same turn only if it counted the same turns.
    const slot =
      snap?.slot !== undefined && snap.answered + snap.passed === answered + passed
        ? snap.slot
        : undefined;
    return {
      kind: 'device',
      screen: 'handoff',
      answered,
      passed,
      draftSaved: false,
      ...(slot !== undefined ? { slot } : {}),
    };
  }
  const raw = tally ? (tally.marks ?? marksFromCounts(tally, ids)) : (snap?.marks ?? {});
  const marks = onlyPresent(raw, ids);
  // Keep the saved speaker only while they are still due; otherwise the first person due.
  const saved = snap?.speaker;
  const isDue = (i: number) => {
    const id = ids[i];
    return id !== undefined && markOf(marks, id) === undefined;
  };
  const speaker =
    typeof saved === 'number' && isDue(saved) ? saved : nextUnmarked(marks, ids, -1, true);
  return { kind: 'round', speaker, marks };
}

function restoreStep(
  state: HuddleState,
  step: StepDef,
  index: number,
  tally: StepTally | undefined,
  snap: Snap | null,
  trusted: boolean,
  revealedInSession: boolean,
): StepProgress {
  const fresh = newProgress(step);
  // Not started yet: nothing can have happened, whatever a stray snapshot claims.
  if (state.currentStep < 0) return fresh;
  const saved = snap?.steps[index];
  const ids = participants(state).map((p) => p.id);
  const current = state.currentStep;
  const passedThrough = index < current;
  const visited = trusted
    ? (saved?.visited ?? false) || index === current
    : (saved?.visited ?? false) || index <= current;
  const outcome = trusted
    ? (saved?.outcome ?? null)
    : (saved?.outcome ?? (passedThrough ? 'done' : null));
  const progress: StepProgress = {
    visited: visited && index < state.steps.length,
    outcome,
    revealed: fresh.revealed || revealedInSession || (saved?.revealed ?? false),
    wentOver: saved?.wentOver ?? false,
    // Restored stopped; restore() restarts the current step's clock if it was running.
    timer: {
      budgetMs: saved?.budgetMs ?? fresh.timer.budgetMs,
      elapsedMs: saved?.elapsedMs ?? 0,
      runningSince: null,
    },
    floor: restoreFloor(step, tally, saved, ids),
  };
  return latchReveal(state, progress);
}

/**
 * Builds a huddle from a saved Session (plus answer tallies and an optional snapshot) so a
 * reload resumes at the same step, its timer as it was: paused if it was paused, otherwise
 * running (see restoredClock), so later steps are not left paused either.
 */
export function restore(input: RestoreInput): HuddleState {
  const { session } = input;
  const base = createHuddle({
    steps: session.steps,
    attendance: session.attendance,
    guests: session.guests,
  });
  const stepCount = base.steps.length;
  const currentStep = clampStep(session.currentStep, stepCount);
  const snap = readSnapshot(input.snapshot, base.steps);
  // A snapshot saved at the same position also knows how the huddle got there.
  const trusted = snap !== null && snap.currentStep === currentStep;
  const inStep = currentStep >= 0 && currentStep < stepCount;
  const inSummary = currentStep === stepCount && currentStep >= 0;
  const clock = inStep
    ? restoredClock(snap, trusted, currentStep, input.at)
    : { paused: false, runningSince: null };
  const positioned: HuddleState = {
    ...base,
    currentStep,
    paused: clock.paused,
    startedAt: currentStep >= 0 ? session.startedAt : null,
    endedAt: inSummary ? (session.endedAt ?? snap?.endedAt ?? null) : null,
    endedEarly: inSummary && ((trusted && snap.endedEarly) || session.stoppedAtStep !== undefined),
    stoppedAtStep: inSummary ? (session.stoppedAtStep ?? null) : null,
  };
  const answers = input.answers;
  const restored: HuddleState = {
    ...positioned,
    progress: base.steps.map((step, i) =>
      restoreStep(
        positioned,
        step,
        i,
        answers ? (answers[i] ?? { answered: 0, passed: 0 }) : undefined,
        snap,
        trusted,
        session.steps[i]?.revealed === true,
      ),
    ),
  };
  const { runningSince } = clock;
  if (runningSince === null) return restored;
  return updateProgress(restored, currentStep, (p) => ({
    ...p,
    timer: { ...p.timer, runningSince },
  }));
}
