import { describe, expect, it } from 'vitest';
import { followThrough } from '../../../../src/domain/insights/followThrough';
import { periodSlots } from '../../../../src/domain/insights/range';
import type { Commitment, CommitmentReview } from '../../../../src/domain/types';

const FROM = new Date(2026, 0, 1).getTime();
const TO = new Date(2026, 2, 31, 23, 59).getTime();
const slots = periodSlots(FROM, TO, 'month');
const at = (month: number, day = 10) => new Date(2026, month, day).getTime();

let n = 0;
function commitment(patch: Partial<Commitment> & { history?: CommitmentReview[] }): Commitment {
  n += 1;
  const latest = patch.history?.at(-1);
  return {
    id: `c${n}`,
    teamId: 't',
    sessionId: 's0',
    text: `Commitment ${n}`,
    status: latest?.status ?? 'open',
    ...(latest ? { reviewedInSessionId: latest.sessionId } : {}),
    history: [],
    createdAt: at(0, 1),
    updatedAt: at(0, 1),
    ...patch,
  };
}

const review = (sessionId: string, status: CommitmentReview['status'], month: number) => ({
  sessionId,
  status,
  at: at(month),
});

describe('follow-through', () => {
  it('counts the share of reviews that were done, per month, with the list', () => {
    const list = [
      commitment({ owner: 'Ana', history: [review('s1', 'done', 0)] }),
      commitment({ history: [review('s1', 'done', 0)] }),
      commitment({ history: [review('s1', 'dropped', 0)] }),
      commitment({ history: [review('s2', 'done', 1)] }),
    ];
    const result = followThrough(list, { slots, from: FROM, to: TO });
    const [jan, feb, mar] = result.periods;
    expect(jan).toMatchObject({ label: 'Jan 2026', reviewed: 3, done: 2 });
    expect(jan?.share).toBeCloseTo(2 / 3);
    expect(jan?.entries.map((e) => e.status).sort()).toEqual(['done', 'done', 'dropped']);
    expect(jan?.entries.find((e) => e.owner)?.owner).toBe('Ana');
    // One review is too few to state a fair share; the list is still there.
    expect(feb).toMatchObject({ reviewed: 1, done: 1, share: null });
    expect(feb?.entries).toHaveLength(1);
    expect(mar).toMatchObject({ reviewed: 0, share: null });
    expect(result).toMatchObject({ reviewed: 4, done: 3, share: 0.75 });
  });

  it('counts a carried commitment once per review, not once per copy', () => {
    const origin = commitment({ history: [review('s1', 'carried', 0)] });
    const copy = commitment({
      sessionId: 's1',
      carriedFromId: origin.id,
      history: [review('s1', 'carried', 0), review('s2', 'done', 1)],
    });
    const result = followThrough([origin, copy], { slots, from: FROM, to: TO, floor: 1 });
    expect(result.periods[0]).toMatchObject({ reviewed: 1, done: 0 });
    expect(result.periods[0]?.entries[0]).toMatchObject({
      commitmentId: origin.id,
      status: 'carried',
    });
    expect(result.periods[1]).toMatchObject({ reviewed: 1, done: 1, share: 1 });
    expect(result.periods[1]?.entries[0]?.commitmentId).toBe(copy.id);
  });

  it('lists open commitments as waiting and leaves reviews outside the range out', () => {
    const waiting = commitment({ text: 'Call the family liaison', owner: 'Ben' });
    const old = commitment({ history: [{ sessionId: 'sx', status: 'done', at: FROM - 1 }] });
    const result = followThrough([waiting, old], { slots, from: FROM, to: TO });
    expect(result.waiting).toEqual([
      {
        commitmentId: waiting.id,
        text: 'Call the family liaison',
        owner: 'Ben',
        createdAt: waiting.createdAt,
      },
    ]);
    expect(result.reviewed).toBe(0);
    expect(result.share).toBeNull();
  });

  it('narrows to a pillar', () => {
    const list = [
      commitment({ pillar: 'power', history: [review('s1', 'done', 0)] }),
      commitment({ pillar: 'play', history: [review('s1', 'dropped', 0)] }),
    ];
    const result = followThrough(list, { slots, from: FROM, to: TO, pillar: 'power', floor: 1 });
    expect(result).toMatchObject({ reviewed: 1, done: 1, share: 1 });
  });

  it('still counts a review stored without a history entry', () => {
    const legacy = commitment({ status: 'done', reviewedInSessionId: 's9', updatedAt: at(2) });
    const result = followThrough([legacy], { slots, from: FROM, to: TO, floor: 1 });
    expect(result.periods[2]).toMatchObject({ reviewed: 1, done: 1 });
  });
});
