import type { Millis } from '../domain/types';

/**
 * Presenter sync between the facilitator's window and the room screen (a second window on the
 * wall display). Only position and timing travel here: the room screen reads prompts and
 * answers from the database itself and shows an answer only when the stored step says
 * `revealed` (or the step is a spoken round). Nothing private is ever put on this channel.
 */
export const PRESENTER_CHANNEL = 'parallel-process.presenter';

export interface RoomTimer {
  /** Time left at `at`; negative when over time. */
  remainingMs: number;
  at: Millis;
  running: boolean;
}

export interface RoomState {
  sessionId: string;
  /** Same meaning as Session.currentStep: -1 lobby, steps.length summary. */
  currentStep: number;
  timer: RoomTimer | null;
  /** When a grounding moment started, or null. */
  groundingSince: Millis | null;
  /** Pass-the-device: someone is writing, so the room shows a neutral screen. */
  someoneWriting: boolean;
  /**
   * On a spoken round: the participants (member or guest ids) whose turn is done. The room shows
   * a round answer only then, never while the facilitator is still typing it. Round answers are
   * named on the wall anyway, so these ids tell the room nothing it would not show.
   */
  doneTurns?: string[];
  sentAt: Millis;
}

export type PresenterMessage =
  | { type: 'state'; state: RoomState }
  | { type: 'hello' }
  | { type: 'ended'; sessionId: string };

export interface PresenterChannel {
  post(message: PresenterMessage): void;
  subscribe(listener: (message: PresenterMessage) => void): () => void;
  close(): void;
}

function isMessage(value: unknown): value is PresenterMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'state' || type === 'hello' || type === 'ended';
}

/** Opens the channel; a browser without BroadcastChannel gets a silent no-op channel. */
export function openPresenterChannel(): PresenterChannel {
  if (typeof BroadcastChannel === 'undefined') {
    return { post: () => {}, subscribe: () => () => {}, close: () => {} };
  }
  const channel = new BroadcastChannel(PRESENTER_CHANNEL);
  const listeners = new Set<(message: PresenterMessage) => void>();
  channel.onmessage = (event: MessageEvent) => {
    if (!isMessage(event.data)) return;
    for (const listener of listeners) listener(event.data);
  };
  return {
    post: (message) => channel.postMessage(message),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      listeners.clear();
      channel.close();
    },
  };
}

/** The room screen's own window; opened from the facilitator's screen. */
export const ROOM_SCREEN_PATH = '/room';
