// The huddle flow: lobby (attendance) → steps → summary, as one pure, total function.
//
// Rules every handler keeps (tests/unit/domain/huddle pins each one):
// - An event that is not allowed returns the SAME state object, so `next === state` means
//   "nothing happened" and can() is simply that test.
// - No clock, no timers: events carry `at`; time running out never moves anything on.
// - No answer is ever dropped. Counts only grow, a round mark only upgrades (pass → answer),
//   and END_EARLY or any navigation leaves every step's bookkeeping in place.
// - A private/anonymous/pulse step's answers stay hidden until everyone present has answered
//   or passed, or the facilitator sends REVEAL. Once shown, never hidden again.
// - Anonymous and pulse steps keep counts only: no member id is needed or stored for them.
// - A started huddle never goes back to the lobby (see navigation.back).

import { back, endEarly, extend, forward, pause, resume, start, tick } from './navigation';
import { dedupeAttendance } from './participants';
import { restore } from './restore';
import { phase } from './selectors';
import type { HuddleEvent, HuddleState } from './state';
import { DEFAULT_EXTEND_SECONDS } from './timer';
import {
  answerRecorded,
  beginTurn,
  cancelTurn,
  chooseSpeaker,
  handToNext,
  pass,
  reveal,
} from './turns';

/** Attendance is settled in the lobby only; afterwards it is what answers are counted against. */
function setAttendance(
  state: HuddleState,
  event: Extract<HuddleEvent, { type: 'SET_ATTENDANCE' }>,
): HuddleState {
  if (phase(state) !== 'lobby') return state;
  const next = dedupeAttendance(event.attendance, event.guests);
  const same =
    JSON.stringify([next.attendance, next.guests]) ===
    JSON.stringify([state.attendance, state.guests]);
  return same ? state : { ...state, ...next };
}

export function transition(state: HuddleState, event: HuddleEvent): HuddleState {
  switch (event.type) {
    case 'SET_ATTENDANCE':
      return setAttendance(state, event);
    case 'START':
      return start(state, event.at);
    case 'NEXT':
      return forward(state, event.at, 'done');
    case 'SKIP':
      return forward(state, event.at, 'skipped');
    case 'BACK':
      return back(state, event.at);
    case 'END_EARLY':
      return endEarly(state, event.at);
    case 'EXTEND':
      return extend(state, event.seconds ?? DEFAULT_EXTEND_SECONDS);
    case 'PAUSE':
      return pause(state, event.at);
    case 'RESUME':
      return resume(state, event.at);
    case 'TICK':
      return tick(state, event.at);
    case 'REVEAL':
      return reveal(state);
    case 'ANSWER_RECORDED':
      return answerRecorded(state);
    case 'PASS':
      return pass(state);
    case 'HAND_TO_NEXT':
      return handToNext(state);
    case 'BEGIN_TURN':
      return beginTurn(state, event.slot);
    case 'CANCEL_TURN':
      return cancelTurn(state);
    case 'CHOOSE_SPEAKER':
      return chooseSpeaker(state, event.index);
    case 'RESUME_FROM_SAVED':
      // Only from the lobby, so a saved huddle can never overwrite one being run.
      return phase(state) === 'lobby' ? restore({ at: event.at, ...event.saved }) : state;
    default:
      return state;
  }
}

/** Whether `event` would change anything: exactly the events the UI should offer. */
export function can(state: HuddleState, event: HuddleEvent): boolean {
  return transition(state, event) !== state;
}
