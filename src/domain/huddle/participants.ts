// Who is present: members (by id) then guests. This order is the order a round goes in and the
// order a private (attributed) step hands the device on.
import type { Guest } from '../types';
import type { HuddleState } from './state';

export interface Participant {
  kind: 'member' | 'guest';
  /** Member id or guest id: both are UUIDs, so one key space. */
  id: string;
}

export function participantsOf(attendance: readonly string[], guests: readonly Guest[]) {
  const list: Participant[] = attendance.map((id) => ({ kind: 'member', id }));
  for (const guest of guests) list.push({ kind: 'guest', id: guest.id });
  return list;
}

export function participants(state: HuddleState): Participant[] {
  return participantsOf(state.attendance, state.guests);
}

export function participantCount(state: HuddleState): number {
  return state.attendance.length + state.guests.length;
}

/**
 * Drops repeated ids (a member ticked twice, a guest added twice or sharing a member's id) so
 * nobody is counted twice when deciding whether everyone has answered.
 */
export function dedupeAttendance(
  attendance: readonly string[],
  guests: readonly Guest[],
): { attendance: string[]; guests: Guest[] } {
  const seen = new Set<string>();
  const members: string[] = [];
  for (const id of attendance) {
    if (seen.has(id)) continue;
    seen.add(id);
    members.push(id);
  }
  const kept: Guest[] = [];
  for (const guest of guests) {
    if (seen.has(guest.id)) continue;
    seen.add(guest.id);
    kept.push({ id: guest.id, name: guest.name });
  }
  return { attendance: members, guests: kept };
}
