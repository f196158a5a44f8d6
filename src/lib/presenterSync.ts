// Helpers on top of presenterChannel.ts for the room screen window: checking what arrives,
// folding messages into what the room shows, keeping it across a reload, and reading the timer.
import type { Millis } from '../domain/types';
import type { PresenterMessage, RoomState, RoomTimer } from './presenterChannel';

/** What the room screen shows: the latest state, and whether that huddle has ended. */
export interface RoomSnapshot {
  state: RoomState;
  ended: boolean;
}

/** sessionStorage key: a reload of the room window shows the last state at once. */
export const ROOM_SNAPSHOT_KEY = 'pp.roomScreen.snapshot';

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function isRoomTimer(value: unknown): value is RoomTimer {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return isFiniteNumber(t.remainingMs) && isFiniteNumber(t.at) && typeof t.running === 'boolean';
}

/** The channel checks only a message's type; the room checks the state before showing it. */
export function isRoomState(value: unknown): value is RoomState {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (
    typeof s.sessionId === 'string' &&
    s.sessionId.length > 0 &&
    isFiniteNumber(s.currentStep) &&
    Number.isInteger(s.currentStep) &&
    (s.timer === null || isRoomTimer(s.timer)) &&
    (s.groundingSince === null || isFiniteNumber(s.groundingSince)) &&
    typeof s.someoneWriting === 'boolean' &&
    (s.doneTurns === undefined ||
      (Array.isArray(s.doneTurns) && s.doneTurns.every((id) => typeof id === 'string'))) &&
    isFiniteNumber(s.sentAt)
  );
}

/**
 * Folds one presenter message into what the room shows. A state older than the one shown (for
 * the same huddle) is ignored; `ended` counts only for the huddle on screen; `hello` changes
 * nothing. Returns the same object when nothing changed.
 */
export function applyPresenterMessage(
  current: RoomSnapshot | null,
  message: PresenterMessage,
): RoomSnapshot | null {
  if (message.type === 'state') {
    if (!isRoomState(message.state)) return current;
    const sameHuddle = current?.state.sessionId === message.state.sessionId;
    if (current && sameHuddle && message.state.sentAt < current.state.sentAt) return current;
    return { state: message.state, ended: false };
  }
  if (message.type === 'ended') {
    if (!current || current.state.sessionId !== message.sessionId || current.ended) return current;
    return { ...current, ended: true };
  }
  return current;
}

export function readRoomSnapshot(): RoomSnapshot | null {
  try {
    const raw = sessionStorage.getItem(ROOM_SNAPSHOT_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { state, ended } = parsed as Record<string, unknown>;
    return isRoomState(state) ? { state, ended: ended === true } : null;
  } catch {
    return null;
  }
}

export function writeRoomSnapshot(snapshot: RoomSnapshot | null): void {
  try {
    if (snapshot) sessionStorage.setItem(ROOM_SNAPSHOT_KEY, JSON.stringify(snapshot));
    else sessionStorage.removeItem(ROOM_SNAPSHOT_KEY);
  } catch {
    // Storage refused: the room still follows the channel, it just cannot recover on reload.
  }
}

/** Time left at `at`: a running timer counts down from when it was sent; negative = over time. */
export function timerRemainingAt(timer: RoomTimer, at: Millis): number {
  return timer.running ? timer.remainingMs - (at - timer.at) : timer.remainingMs;
}

/** Whole seconds left, rounded up, so "00:00" shows only once the time box has run out. */
export function secondsLeft(remainingMs: number): number {
  return Math.ceil(remainingMs / 1000);
}

/** "mm:ss" for a non-negative number of seconds (minutes grow past 59 rather than wrap). */
export function formatMinutesSeconds(totalSeconds: number): string {
  const total = Math.max(0, Math.floor(totalSeconds));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
