// Building blocks for a fresh huddle, shared by the machine and restore().
import type { Guest } from '../types';
import { newFloor } from './floor';
import { dedupeAttendance } from './participants';
import { HUDDLE_STATE_VERSION, type HuddleState, type StepDef, type StepProgress } from './state';
import { newTimer } from './timer';

/** Copies only the fields the machine uses, so a whole SessionStep can be passed in. */
export function toStepDef(step: StepDef): StepDef {
  return {
    planStepId: step.planStepId,
    kind: step.kind,
    title: step.title,
    mode: step.mode,
    timeBoxSec: step.timeBoxSec,
  };
}

export function newProgress(step: StepDef): StepProgress {
  return {
    visited: false,
    outcome: null,
    // A round is spoken aloud in the room: it is visible from the start by nature.
    revealed: step.mode === 'round',
    wentOver: false,
    timer: newTimer(step.timeBoxSec),
    floor: newFloor(step.mode),
  };
}

export interface CreateHuddleInput {
  steps: readonly StepDef[];
  attendance?: readonly string[];
  guests?: readonly Guest[];
}

/** A huddle waiting in the lobby (taking attendance). */
export function createHuddle(input: CreateHuddleInput): HuddleState {
  const steps = input.steps.map(toStepDef);
  const present = dedupeAttendance(input.attendance ?? [], input.guests ?? []);
  return {
    version: HUDDLE_STATE_VERSION,
    steps,
    attendance: present.attendance,
    guests: present.guests,
    currentStep: -1,
    paused: false,
    startedAt: null,
    endedAt: null,
    endedEarly: false,
    stoppedAtStep: null,
    progress: steps.map(newProgress),
  };
}
