// Turn-taking inside a step: going round the room, or passing one device from person to person.
// The app saves the answer itself (one Response per prompt) and then tells the machine.
import { deviceComplete, deviceTurn, markOf, nextUnmarked, roundRecord } from './floor';
import { participantCount, participants } from './participants';
import { activeIndex, isWriting } from './selectors';
import type { DeviceFloor, Floor, HuddleState, RoundFloor } from './state';
import { updateProgress, withFloor } from './update';

type FloorStep<F extends Floor> = (floor: F, state: HuddleState) => Floor;

/** Runs `round` or `device` against the current step's floor; a missing handler is a no-op. */
function onFloor(
  state: HuddleState,
  round: FloorStep<RoundFloor> | null,
  device: FloorStep<DeviceFloor> | null,
): HuddleState {
  const index = activeIndex(state);
  const floor = index === null ? undefined : state.progress[index]?.floor;
  if (index === null || !floor) return state;
  const next =
    floor.kind === 'round' ? (round?.(floor, state) ?? floor) : (device?.(floor, state) ?? floor);
  return withFloor(state, index, next);
}

function ids(state: HuddleState): string[] {
  return participants(state).map((p) => p.id);
}

/** Round: the speaker's turn is done and the round moves on. Device: the writer saved. */
export function answerRecorded(state: HuddleState): HuddleState {
  return onFloor(
    state,
    (floor) => roundRecord(floor, ids(state), 'answered'),
    // A fresh object even if already saved: the writer may save edits, and each save is news.
    (floor) => (floor.screen === 'writing' ? { ...floor, draftSaved: true } : floor),
  );
}

/**
 * One event for "pass", counted as an answer. On the device it can come from the handoff screen
 * too, so someone can pass without ever opening the writing screen. Not after saving an answer:
 * that person has answered and simply hands on.
 */
export function pass(state: HuddleState): HuddleState {
  return onFloor(
    state,
    (floor) => roundRecord(floor, ids(state), 'passed'),
    (floor) =>
      floor.draftSaved || deviceTurn(floor) >= participantCount(state)
        ? floor
        : deviceComplete(floor, 'passed'),
  );
}

/**
 * Device: "hand to the next person" completes the turn and clears the screen. Round: move on
 * without marking the speaker, so the round wraps back to them later ("come back to me").
 */
export function handToNext(state: HuddleState): HuddleState {
  return onFloor(
    state,
    (floor) => {
      if (floor.speaker === null) return floor;
      const list = ids(state);
      const target = nextUnmarked(floor.marks, list, floor.speaker, false);
      if (target !== null) return { ...floor, speaker: target };
      // Nobody else is due: moving on only makes sense if this speaker already had a turn.
      const id = list[floor.speaker];
      return id !== undefined && markOf(floor.marks, id) ? { ...floor, speaker: null } : floor;
    },
    (floor) =>
      floor.screen === 'writing' && floor.draftSaved ? deviceComplete(floor, 'answered') : floor,
  );
}

/**
 * The next person has the device and opens the writing screen. A turn put back earlier keeps
 * its slot, so it resumes with its words; otherwise `slot` (fresh from the app) is used.
 */
export function beginTurn(state: HuddleState, slot?: number): HuddleState {
  return onFloor(state, null, (floor) => {
    if (floor.screen !== 'handoff' || deviceTurn(floor) >= participantCount(state)) return floor;
    const kept = floor.slot ?? slot;
    return { ...floor, screen: 'writing', ...(kept !== undefined ? { slot: kept } : {}) };
  });
}

/**
 * Opened by mistake or not ready yet: back to the handoff screen without counting anyone. The
 * turn's slot stays, so what they wrote comes back when the turn resumes.
 */
export function cancelTurn(state: HuddleState): HuddleState {
  return onFloor(state, null, (floor) =>
    floor.screen === 'writing' && !floor.draftSaved ? { ...floor, screen: 'handoff' } : floor,
  );
}

/** Facilitator picks who speaks (a volunteer starts; someone wants to add more). */
export function chooseSpeaker(state: HuddleState, index: number): HuddleState {
  const valid = Number.isInteger(index) && index >= 0 && index < participantCount(state);
  return onFloor(
    state,
    (floor) => (valid && floor.speaker !== index ? { ...floor, speaker: index } : floor),
    null,
  );
}

/**
 * Shows a private/anonymous/pulse step's answers before everyone is in. Never while someone is
 * writing: the device is in their hands and they must not see others' answers.
 */
export function reveal(state: HuddleState): HuddleState {
  const index = activeIndex(state);
  if (index === null || isWriting(state)) return state;
  return updateProgress(state, index, (progress) =>
    progress.revealed ? progress : { ...progress, revealed: true },
  );
}
