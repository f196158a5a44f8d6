// How long the app may sit untouched before it locks itself (a device setting).
import { useLiveQuery } from 'dexie-react-hooks';
import { now } from '../../lib/clock';
import { db } from '../db';

export const IDLE_SETTING = 'lock-idle-minutes';
export const DEFAULT_IDLE_MINUTES = 10;
export const IDLE_CHOICES = [2, 5, 10, 15, 30, 60] as const;

export async function readIdleMinutes(): Promise<number> {
  const row = await db.settings.get(IDLE_SETTING);
  const value = row?.value;
  return typeof value === 'number' && value > 0 ? value : DEFAULT_IDLE_MINUTES;
}

export async function setIdleMinutes(minutes: number): Promise<void> {
  if (!Number.isFinite(minutes) || minutes <= 0) throw new Error('Choose a number of minutes.');
  await db.settings.put({ key: IDLE_SETTING, value: minutes, updatedAt: now() });
}

export function useIdleMinutes(): number {
  return useLiveQuery(readIdleMinutes, [], DEFAULT_IDLE_MINUTES);
}
