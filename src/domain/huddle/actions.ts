// One definition per command, shared by buttons, keyboard shortcuts and the help overlay, so a
// key can never do something different from the button it stands for.
//
// The UI must not route keys typed into a text field, or pressed with Ctrl/Meta/Alt, here:
// someone writing "perhaps" must not pass, and browser shortcuts must keep working.
import type { Millis } from '../types';
import { can } from './machine';
import type { HuddleEvent, HuddleState } from './state';

export type ActionId =
  | 'start'
  | 'next'
  | 'back'
  | 'skip'
  | 'extend'
  | 'toggle-pause'
  | 'reveal'
  | 'end-early'
  | 'pass'
  | 'hand-to-next'
  | 'begin-turn'
  | 'cancel-turn'
  | 'grounding'
  | 'help';

/** Sections of the help text. */
export type ActionGroup = 'flow' | 'timer' | 'turns' | 'care';

export interface HuddleAction {
  id: ActionId;
  label: string;
  group: ActionGroup;
  /** KeyboardEvent.key values; single letters match either case. Empty: button only. */
  keys: readonly string[];
  /** What the key does where it differs by screen, for the help list; defaults to the label. */
  help?: string;
  /** The event to dispatch now, or null for UI-only actions (grounding, help). */
  toEvent: ((state: HuddleState, at: Millis) => HuddleEvent) | null;
}

export const ACTIONS: readonly HuddleAction[] = [
  // No key: starting is a deliberate click once attendance has been checked.
  {
    id: 'start',
    label: 'Start huddle',
    group: 'flow',
    keys: [],
    toEvent: (_, at) => ({ type: 'START', at }),
  },
  {
    id: 'next',
    label: 'Next step',
    group: 'flow',
    keys: ['n', 'ArrowRight'],
    toEvent: (_, at) => ({ type: 'NEXT', at }),
  },
  {
    id: 'back',
    label: 'Previous step',
    group: 'flow',
    keys: ['b', 'ArrowLeft'],
    toEvent: (_, at) => ({ type: 'BACK', at }),
  },
  {
    id: 'skip',
    label: 'Skip this step',
    group: 'flow',
    keys: ['s'],
    toEvent: (_, at) => ({ type: 'SKIP', at }),
  },
  // No key: ending must never happen by a stray keypress.
  {
    id: 'end-early',
    label: 'End huddle now',
    group: 'flow',
    keys: [],
    toEvent: (_, at) => ({ type: 'END_EARLY', at }),
  },
  {
    id: 'extend',
    label: 'Add a minute',
    group: 'timer',
    keys: ['e', '+'],
    toEvent: (_, at) => ({ type: 'EXTEND', at, seconds: 60 }),
  },
  {
    id: 'toggle-pause',
    label: 'Pause or resume timer',
    group: 'timer',
    keys: ['t'],
    toEvent: (state, at) => ({ type: state.paused ? 'RESUME' : 'PAUSE', at }),
  },
  {
    id: 'reveal',
    label: 'Reveal answers',
    group: 'turns',
    keys: ['r'],
    toEvent: (_, at) => ({ type: 'REVEAL', at }),
  },
  {
    id: 'pass',
    label: 'Pass',
    group: 'turns',
    keys: ['p'],
    toEvent: (_, at) => ({ type: 'PASS', at }),
  },
  {
    id: 'hand-to-next',
    // One event, two screens: a round moves on and comes back to this speaker later; on the
    // shared device it is "Done — hand to the next person". The help text must say both.
    label: 'Come back to them later',
    group: 'turns',
    keys: ['h'],
    help: 'Next person: in a round, come back to this one later; on the shared device, done and hand on',
    toEvent: (_, at) => ({ type: 'HAND_TO_NEXT', at }),
  },
  // Participant-facing buttons on the shared device; no keys so nothing opens by accident.
  {
    id: 'begin-turn',
    label: "I'm ready to write",
    group: 'turns',
    keys: [],
    toEvent: (_, at) => ({ type: 'BEGIN_TURN', at }),
  },
  {
    id: 'cancel-turn',
    label: 'Not yet — back',
    group: 'turns',
    keys: [],
    toEvent: (_, at) => ({ type: 'CANCEL_TURN', at }),
  },
  // UI only: a grounding moment is always at hand and never changes the huddle.
  { id: 'grounding', label: 'Grounding moment', group: 'care', keys: ['g'], toEvent: null },
  { id: 'help', label: 'Keyboard shortcuts', group: 'care', keys: ['?'], toEvent: null },
];

export function actionById(id: ActionId): HuddleAction {
  const action = ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`Unknown huddle action: ${id}`);
  return action;
}

function sameKey(a: string, b: string): boolean {
  return a.length === 1 && b.length === 1 ? a.toLowerCase() === b.toLowerCase() : a === b;
}

export function actionForKey(key: string): HuddleAction | undefined {
  return ACTIONS.find((action) => action.keys.some((k) => sameKey(k, key)));
}

/** How a key is shown on its badge and in the help list. */
export function keyLabel(key: string): string {
  return KEY_LABELS[key] ?? key.toUpperCase();
}

const KEY_LABELS: Record<string, string> = { ArrowRight: '→', ArrowLeft: '←' };

// aria-keyshortcuts names the physical key: "?" is Shift+/ and "+" is spelled "Plus" (WAI-ARIA).
const ARIA_KEY_NAMES: Record<string, string> = { '?': 'Shift+/', '+': 'Plus' };

/** The action's keys as an aria-keyshortcuts value, or undefined when it has none. */
export function ariaKeyShortcuts(action: HuddleAction): string | undefined {
  if (action.keys.length === 0) return undefined;
  return action.keys
    .map((k) => ARIA_KEY_NAMES[k] ?? (k.length === 1 ? k.toUpperCase() : k))
    .join(' ');
}

export function eventFor(action: HuddleAction, state: HuddleState, at: Millis): HuddleEvent | null {
  return action.toEvent ? action.toEvent(state, at) : null;
}

/** Whether a button should be enabled: UI-only actions always are, the rest when they'd act. */
export function isActionEnabled(action: HuddleAction, state: HuddleState, at: Millis): boolean {
  const event = eventFor(action, state, at);
  return event === null || can(state, event);
}
