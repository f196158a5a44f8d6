// "Walking the talk": of the commitments reviewed in each period, how many were reviewed as done.
// Bucketed by the review (not by when the commitment was made) so a period's share never changes
// afterwards, and every review counts once: a carried-over copy repeats its origin's history.
import { PULSE_PRIVACY_THRESHOLD } from '../huddle/pulse';
import { periodIndex } from '../themes/periods';
import type { Commitment, CommitmentReview, Millis, Pillar } from '../types';
import type { FollowThrough, FollowThroughEntry, FollowThroughPeriod, PeriodSlot } from './types';

/**
 * Fewest reviews before a share is stated. The list behind it is shown anyway (commitments are
 * made and reviewed openly in the room), but "100%" of one review says nothing fair about a team.
 */
export const FOLLOW_THROUGH_FLOOR = PULSE_PRIVACY_THRESHOLD;

export function shareOf(
  done: number,
  reviewed: number,
  floor = FOLLOW_THROUGH_FLOOR,
): number | null {
  return reviewed >= Math.max(1, floor) ? done / reviewed : null;
}

/** The first commitment of a carried chain: the one the team actually made. */
function rootOf(commitment: Commitment, byId: ReadonlyMap<string, Commitment>): string {
  let current = commitment;
  const seen = new Set<string>([current.id]);
  while (current.carriedFromId) {
    const origin = byId.get(current.carriedFromId);
    // A deleted origin (or a loop in damaged data) ends the walk.
    if (!origin || seen.has(origin.id)) return current.carriedFromId;
    seen.add(origin.id);
    current = origin;
  }
  return current.id;
}

/** A commitment's reviews; a record reviewed without a history entry (older data) gets one. */
function reviewsOf(c: Commitment): CommitmentReview[] {
  const history = c.history ?? [];
  if (
    c.status !== 'open' &&
    c.reviewedInSessionId &&
    !history.some((h) => h.sessionId === c.reviewedInSessionId)
  ) {
    return [...history, { sessionId: c.reviewedInSessionId, status: c.status, at: c.updatedAt }];
  }
  return history;
}

export interface FollowThroughOptions {
  slots: readonly PeriodSlot[];
  /** Inclusive range of review times. */
  from: Millis;
  to: Millis;
  pillar?: Pillar;
  floor?: number;
}

export function followThrough(
  commitments: readonly Commitment[],
  options: FollowThroughOptions,
): FollowThrough {
  const { slots, from, to, pillar, floor } = options;
  const byId = new Map(commitments.map((c) => [c.id, c]));
  const starts = slots.map((s) => s.start);
  // One entry per (commitment chain, reviewing huddle). The record that was reviewed there
  // (reviewedInSessionId) wins over copies that merely inherited the entry.
  const reviews = new Map<string, { entry: FollowThroughEntry; owned: boolean }>();
  const waiting: FollowThrough['waiting'] = [];
  for (const c of commitments) {
    if (pillar && c.pillar !== pillar) continue;
    if (c.status === 'open') {
      waiting.push({
        commitmentId: c.id,
        text: c.text,
        ...(c.owner ? { owner: c.owner } : {}),
        createdAt: c.createdAt,
      });
    }
    const root = rootOf(c, byId);
    for (const review of reviewsOf(c)) {
      if (review.status === 'open' || review.at < from || review.at > to) continue;
      const key = `${root}|${review.sessionId}`;
      const owned = c.reviewedInSessionId === review.sessionId;
      const known = reviews.get(key);
      if (known && (known.owned || !owned)) continue;
      reviews.set(key, {
        owned,
        entry: {
          commitmentId: c.id,
          text: c.text,
          ...(c.owner ? { owner: c.owner } : {}),
          ...(c.pillar ? { pillar: c.pillar } : {}),
          status: review.status,
          reviewedAt: review.at,
          sessionId: review.sessionId,
        },
      });
    }
  }
  const buckets: FollowThroughEntry[][] = slots.map(() => []);
  for (const { entry } of reviews.values()) {
    const index = periodIndex(starts, entry.reviewedAt);
    if (index >= 0) buckets[index]?.push(entry);
  }
  let reviewed = 0;
  let done = 0;
  const periods = slots.map((slot, i): FollowThroughPeriod => {
    const entries = (buckets[i] ?? []).sort(
      (a, b) => a.reviewedAt - b.reviewedAt || a.text.localeCompare(b.text),
    );
    const periodDone = entries.filter((e) => e.status === 'done').length;
    reviewed += entries.length;
    done += periodDone;
    return {
      ...slot,
      reviewed: entries.length,
      done: periodDone,
      share: shareOf(periodDone, entries.length, floor),
      entries,
    };
  });
  waiting.sort((a, b) => a.createdAt - b.createdAt);
  return { periods, reviewed, done, share: shareOf(done, reviewed, floor), waiting };
}
