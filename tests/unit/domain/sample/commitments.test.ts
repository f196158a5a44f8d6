import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../../src/domain/types';
import { sampleData } from './fixture';

function byId(list: Commitment[]): Map<string, Commitment> {
  return new Map(list.map((c) => [c.id, c]));
}

describe('sample commitments', () => {
  it('are made 1–2 per huddle that reaches its commitments step', () => {
    const data = sampleData();
    for (const session of data.sessions) {
      const index = session.steps.findIndex((s) => s.kind === 'commitments');
      const made = data.commitments.filter((c) => c.sessionId === session.id && !c.carriedFromId);
      if (index === -1 || index >= session.currentStep) {
        expect(made).toHaveLength(0);
      } else {
        expect(made.length).toBeGreaterThanOrEqual(1);
        expect(made.length).toBeLessThanOrEqual(2);
      }
      for (const c of made) {
        expect(c.teamId).toBe(session.teamId);
        expect(c.createdAt).toBeGreaterThanOrEqual(session.startedAt);
        expect(c.createdAt).toBeLessThanOrEqual(session.endedAt ?? 0);
      }
    }
  });

  it('are reviewed the way reviewCommitment records it, carried copies keeping history', () => {
    const data = sampleData();
    const commitments = byId(data.commitments);
    const sessions = new Map(data.sessions.map((s) => [s.id, s]));
    for (const c of data.commitments) {
      const last = c.history.at(-1);
      if (c.status === 'open') {
        expect(c.reviewedInSessionId).toBeUndefined();
        // An open one has only been carried into its huddle, never reviewed as itself.
        expect(last === undefined || last.status === 'carried').toBe(true);
        continue;
      }
      expect(last?.status).toBe(c.status);
      expect(c.reviewedInSessionId).toBe(last?.sessionId);
      expect(c.updatedAt).toBe(last?.at);
      const reviewing = sessions.get(c.reviewedInSessionId ?? '');
      expect(reviewing?.teamId).toBe(c.teamId);
      expect(reviewing?.steps.some((s) => s.kind === 'review-commitments')).toBe(true);
      expect(reviewing?.startedAt).toBeGreaterThan(c.createdAt);
      if (c.status === 'carried') {
        const copies = data.commitments.filter((x) => x.carriedFromId === c.id);
        expect(copies).toHaveLength(1);
        const copy = copies[0] as Commitment;
        expect(copy.sessionId).toBe(c.reviewedInSessionId);
        // Its own later reviews follow the history it inherited.
        expect(copy.history.slice(0, c.history.length)).toEqual(c.history);
        expect(copy.text).toBe(c.text);
        expect(copy.createdAt).toBe(last?.at);
      }
    }
    for (const c of data.commitments) {
      if (c.carriedFromId) expect(commitments.get(c.carriedFromId)?.status).toBe('carried');
    }
  });

  it('have a real follow-through shape: every review status, mostly done', () => {
    const data = sampleData();
    const reviews = data.commitments.flatMap((c) => (c.carriedFromId ? [] : c.history));
    const counts = new Map<string, number>();
    for (const r of reviews) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    for (const status of ['done', 'in-progress', 'dropped', 'carried']) {
      expect(counts.get(status) ?? 0).toBeGreaterThan(10);
    }
    expect(counts.get('done') ?? 0).toBeGreaterThan(reviews.length * 0.4);
    // The last huddle's commitments wait for next week's review.
    expect(data.commitments.some((c) => c.status === 'open')).toBe(true);
  });

  it('follow through better over time in the improving team', () => {
    const data = sampleData();
    const youth = data.teams.find((t) => t.name.startsWith('Youth'));
    const mid = Math.min(...data.sessions.map((s) => s.startedAt)) + 52 * 7 * 24 * 3600_000;
    const doneShare = (from: number, to: number) => {
      // Carried copies repeat their original's history: count each review once.
      const reviews = data.commitments
        .filter((c) => c.teamId === youth?.id && !c.carriedFromId)
        .flatMap((c) => c.history.filter((h) => h.at >= from && h.at < to));
      return reviews.filter((h) => h.status === 'done').length / reviews.length;
    };
    expect(doneShare(mid, Infinity)).toBeGreaterThan(doneShare(0, mid) + 0.08);
  });
});
