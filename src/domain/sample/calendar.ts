// When each sample team meets: weekly at its own day and time, for two years up to `now`, with
// the winter holidays and the odd cancelled week left out, and the usual late starts.
import type { RandomSource } from '../library/random';
import type { Millis } from '../types';
import { between, chance } from './rng';
import { DAY, HOUR, MINUTE, SAMPLE_WEEKS, WEEK } from './time';

export interface CalendarSlot {
  weekday: number;
  hour: number;
  minute: number;
}

function isWinterBreak(at: Millis): boolean {
  const date = new Date(at);
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  return (month === 11 && day >= 23) || (month === 0 && day <= 2);
}

/** Start times, oldest first. The last huddle has ended before `now`. */
export function huddleStarts(slot: CalendarSlot, now: Millis, random: RandomSource): Millis[] {
  const today = new Date(now);
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  let last =
    midnight -
    ((today.getUTCDay() - slot.weekday + 7) % 7) * DAY +
    slot.hour * HOUR +
    slot.minute * MINUTE;
  // Leave room for the huddle to have finished (late start + up to ~25 minutes).
  if (last > now - 2 * HOUR) last -= WEEK;
  const starts: Millis[] = [];
  for (let k = SAMPLE_WEEKS - 1; k >= 0; k -= 1) {
    const planned = last - k * WEEK;
    // Everything random is drawn every week, so skipping a week never shifts later draws.
    const cancelled = chance(random, 0.02);
    const late = between(random, -3, 12) * MINUTE + between(random, 0, 59) * 1000;
    if (isWinterBreak(planned) || cancelled) continue;
    starts.push(planned + late);
  }
  return starts;
}
