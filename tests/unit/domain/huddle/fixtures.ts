// Shared builders for the huddle machine tests (not a test file itself).
import { createHuddle } from '../../../../src/domain/huddle/create';
import { transition } from '../../../../src/domain/huddle/machine';
import { applyToSession, checkpoint } from '../../../../src/domain/huddle/persist';
import { restore } from '../../../../src/domain/huddle/restore';
import { answerTally } from '../../../../src/domain/huddle/selectors';
import type {
  HuddleEvent,
  HuddleEventType,
  HuddleState,
  StepDef,
  StepTally,
} from '../../../../src/domain/huddle/state';
import type { AnswerMode, Guest, Session } from '../../../../src/domain/types';

export const MEMBERS = ['m-ana', 'm-ben', 'm-cy'];

export function stepDefs(modes: readonly AnswerMode[], timeBoxSec = 60): StepDef[] {
  return modes.map((mode, i) => ({
    planStepId: `ps-${i}`,
    kind: 'prompts',
    title: `Step ${i + 1} (${mode})`,
    mode,
    timeBoxSec,
  }));
}

export function lobby(
  modes: readonly AnswerMode[],
  attendance: readonly string[] = MEMBERS,
  guests: readonly Guest[] = [],
): HuddleState {
  return createHuddle({ steps: stepDefs(modes), attendance, guests });
}

/** A huddle started at t=0 on its first step. */
export function started(
  modes: readonly AnswerMode[],
  attendance: readonly string[] = MEMBERS,
  guests: readonly Guest[] = [],
): HuddleState {
  return transition(lobby(modes, attendance, guests), { type: 'START', at: 0 });
}

/** Events that need no payload beyond `at`. */
type Simple = Exclude<HuddleEventType, 'SET_ATTENDANCE' | 'CHOOSE_SPEAKER' | 'RESUME_FROM_SAVED'>;

export function ev(type: Simple, at = 0): HuddleEvent {
  return { type, at } as HuddleEvent;
}

/** Applies events in order; a bare type is sent at t=0. */
export function run(state: HuddleState, ...events: Array<HuddleEvent | Simple>): HuddleState {
  return events.reduce<HuddleState>(
    (s, e) => transition(s, typeof e === 'string' ? ev(e) : e),
    state,
  );
}

export const SIMPLE_EVENTS: readonly Simple[] = [
  'START',
  'NEXT',
  'BACK',
  'SKIP',
  'EXTEND',
  'PAUSE',
  'RESUME',
  'TICK',
  'REVEAL',
  'END_EARLY',
  'ANSWER_RECORDED',
  'PASS',
  'HAND_TO_NEXT',
  'BEGIN_TURN',
  'CANCEL_TURN',
];

export function sessionFor(modes: readonly AnswerMode[], over: Partial<Session> = {}): Session {
  return {
    id: 's1',
    createdAt: 0,
    updatedAt: 0,
    teamId: 't1',
    planId: 'p1',
    planName: 'Weekly',
    pillars: [],
    status: 'active',
    currentStep: -1,
    steps: stepDefs(modes).map((s) => ({ ...s, promptIds: [], revealed: false })),
    attendance: [...MEMBERS],
    guests: [],
    startedAt: 0,
    endedAt: null,
    ...over,
  };
}

/**
 * What the app would get from tallying its saved responses for this state. A draft saved by
 * someone still writing is already a Response, so it counts.
 */
export function talliesOf(state: HuddleState): StepTally[] {
  return state.progress.map((p, i) => {
    const tally: StepTally = answerTally(state, i);
    if (p.floor.kind === 'round') return { ...tally, marks: { ...p.floor.marks } };
    return p.floor.draftSaved ? { ...tally, answered: tally.answered + 1 } : tally;
  });
}

/** Save the way the app would, then reload. */
export function reload(
  state: HuddleState,
  modes: readonly AnswerMode[],
  at: number,
  withSnapshot = true,
) {
  const session = applyToSession(sessionFor(modes), state);
  const snapshot = JSON.parse(JSON.stringify(checkpoint(state, at)));
  return restore({
    session,
    answers: talliesOf(state),
    snapshot: withSnapshot ? snapshot : undefined,
  });
}
