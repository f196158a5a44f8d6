// Participant mode: while a huddle runs on a shared device, everything but the huddle is behind
// the passphrase. Kept in the database (not in memory) so a reload or a new tab stays in it.
import { useLiveQuery } from 'dexie-react-hooks';
import { now } from '../../lib/clock';
import { db } from '../db';

export const PARTICIPANT_SETTING = 'participant-mode';

export interface ParticipantMode {
  /** Where the huddle was when participant mode began ("Back to the huddle"). */
  path: string;
  since: number;
}

export async function readParticipantMode(): Promise<ParticipantMode | null> {
  const row = await db.settings.get(PARTICIPANT_SETTING);
  return (row?.value as ParticipantMode | undefined) ?? null;
}

export async function startParticipantMode(path: string): Promise<void> {
  const value: ParticipantMode = { path, since: now() };
  await db.settings.put({ key: PARTICIPANT_SETTING, value, updatedAt: now() });
}

/** Callers check the passphrase first (verifyPassphrase). */
export async function endParticipantMode(): Promise<void> {
  await db.settings.delete(PARTICIPANT_SETTING);
}

/** undefined while loading, null when off. */
export function useParticipantMode(): ParticipantMode | null | undefined {
  return useLiveQuery(readParticipantMode, [], undefined);
}
