// What the huddle screen's polite live region says when the step or the turn changes, so someone
// who cannot see the screen hears "Step 2 of 6: Check-in. Ana's turn." and then "Ben's turn".
import { participantCount } from '../../domain/huddle/participants';
import {
  currentSpeaker,
  currentStepDef,
  currentWriter,
  isWriting,
  phase,
  turn,
} from '../../domain/huddle/selectors';
import type { HuddleState } from '../../domain/huddle/state';

/** Where the huddle is, in words: the step, and whose turn it is (null when nobody's). */
export interface Whereabouts {
  step: string | null;
  turn: string | null;
}

/**
 * Names are used only where the screen itself shows them: round speakers and private writers.
 * Anonymous and pulse turns are "the next person", never a name (currentWriter is null there).
 */
export function whereabouts(state: HuddleState, nameOf: (id: string) => string): Whereabouts {
  const current = phase(state);
  if (current === 'lobby') return { step: null, turn: null };
  if (current === 'summary') return { step: 'Summary', turn: null };
  const step = currentStepDef(state);
  if (!step) return { step: null, turn: null };
  const stepLine = `Step ${state.currentStep + 1} of ${state.steps.length}: ${step.title}`;
  return { step: stepLine, turn: turnLine(state, nameOf) };
}

function turnLine(state: HuddleState, nameOf: (id: string) => string): string | null {
  const step = currentStepDef(state);
  if (step?.kind !== 'prompts') return null;
  if (step.mode === 'round') {
    const speaker = currentSpeaker(state);
    return speaker ? `${nameOf(speaker.id)}'s turn` : 'The round is complete';
  }
  // While someone writes, nothing is said: the writer is reading their own screen.
  if (isWriting(state)) return null;
  const done = turn(state) ?? 0;
  const total = participantCount(state);
  if (done >= total) return 'All answers are in';
  const writer = currentWriter(state);
  const to = writer ? nameOf(writer.id) : 'the next person';
  // The turn number makes each hand-off a new sentence, so it is announced every time.
  return `Pass the device to ${to}. Turn ${done + 1} of ${total}`;
}

/**
 * The sentence to announce on moving from `before` to `now`, or null for "say nothing new".
 * A new step is announced with its turn; within a step, only a new turn is.
 */
export function announcement(before: Whereabouts | null, now: Whereabouts): string | null {
  if (now.step !== (before?.step ?? null)) {
    if (now.step === null) return null;
    return now.turn ? `${now.step}. ${now.turn}.` : `${now.step}.`;
  }
  if (now.turn !== (before?.turn ?? null) && now.turn !== null) return `${now.turn}.`;
  return null;
}
