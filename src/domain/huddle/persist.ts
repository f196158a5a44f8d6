// The other half of restore(): what the app writes back, and how saved responses become tallies.
import type { Millis, Response } from '../types';
import { activeIndex } from './selectors';
import type { HuddleState, SessionLike, StepTally, TurnMark } from './state';
import { foldTimer } from './timer';
import { updateProgress } from './update';

/**
 * The state to save as a snapshot: the running clock's time so far is folded in, so a restore
 * (which cannot know how long the page was gone) loses at most the time since this call.
 * The result tells the same time as `state` for any later `now`.
 */
export function checkpoint(state: HuddleState, at: Millis): HuddleState {
  const index = activeIndex(state);
  if (index === null) return state;
  return updateProgress(state, index, (p) => {
    const timer = foldTimer(p.timer, at);
    return timer === p.timer ? p : { ...p, timer };
  });
}

/**
 * Copies the machine's position into a Session for saving: currentStep, attendance, reveals,
 * start and end. Status is left to the app (e.g. 'completed' once the summary is closed).
 */
export function applyToSession<S extends SessionLike>(session: S, state: HuddleState): S {
  return {
    ...session,
    currentStep: state.currentStep,
    attendance: [...state.attendance],
    guests: state.guests.map((g) => ({ ...g })),
    startedAt: state.startedAt ?? session.startedAt,
    endedAt: state.endedAt,
    ...(state.stoppedAtStep !== null ? { stoppedAtStep: state.stoppedAtStep } : {}),
    steps: session.steps.map((step, i) => ({
      ...step,
      revealed: state.progress[i]?.revealed ?? step.revealed,
    })),
  };
}

export type ResponseLike = Pick<Response, 'stepIndex' | 'memberId' | 'slot' | 'passed' | 'draft'>;

/**
 * Per step, how many people answered or passed, from saved responses (one per prompt per
 * person). A person counts once: as 'answered' if any of their responses is not a pass.
 * A draft (saved before the person pressed Done) is not a turn taken and is left out.
 * Anonymous rows are grouped by their slot and yield counts only, never marks; an anonymous
 * row without a slot counts as its own person.
 */
export function tallyResponses(responses: readonly ResponseLike[], stepCount: number) {
  const people: Array<Map<string, { memberId: string | null; mark: TurnMark }>> = Array.from(
    { length: Math.max(0, stepCount) },
    () => new Map(),
  );
  responses.forEach((response, row) => {
    const byPerson = people[response.stepIndex];
    if (!byPerson || response.draft === true) return;
    const key =
      response.memberId !== null
        ? `member:${response.memberId}`
        : response.slot !== undefined
          ? `slot:${response.slot}`
          : `row:${row}`;
    const mark: TurnMark = response.passed ? 'passed' : 'answered';
    const before = byPerson.get(key)?.mark;
    byPerson.set(key, {
      memberId: response.memberId,
      mark: before === 'answered' ? 'answered' : mark,
    });
  });
  return people.map((byPerson): StepTally => {
    const tally: StepTally = { answered: 0, passed: 0 };
    const marks: Record<string, TurnMark> = {};
    for (const { memberId, mark } of byPerson.values()) {
      if (mark === 'answered') tally.answered += 1;
      else tally.passed += 1;
      if (memberId !== null) marks[memberId] = mark;
    }
    if (Object.keys(marks).length > 0) tally.marks = marks;
    return tally;
  });
}

/**
 * How many people answered and how many passed, added up over the steps: a person counts once
 * per step however many statements they rated (anonymous rows once per slot).
 */
export function peopleTally(responses: readonly ResponseLike[], stepCount: number) {
  let answered = 0;
  let passed = 0;
  for (const tally of tallyResponses(responses, stepCount)) {
    answered += tally.answered;
    passed += tally.passed;
  }
  return { answered, passed };
}
