import { describe, expect, it } from 'vitest';
import { peopleTally, type ResponseLike } from '../../../../src/domain/huddle/persist';

/** One row per statement: how a pulse step saves one person's turn. */
function pulseTurn(slot: number, passed: boolean, statements = 7): ResponseLike[] {
  return Array.from({ length: statements }, () => ({ stepIndex: 1, memberId: null, slot, passed }));
}

describe('peopleTally', () => {
  it('counts people, not rows: a pulse turn of seven statements is one answer or one pass', () => {
    const responses: ResponseLike[] = [
      // Check-in, a round: five people, one of them passed.
      ...['ana', 'ben', 'cy', 'dee'].map((id) => ({
        stepIndex: 0,
        memberId: id,
        passed: false,
      })),
      { stepIndex: 0, memberId: 'eli', passed: true },
      // Pulse: three rated every statement, two passed.
      ...pulseTurn(1, false),
      ...pulseTurn(2, false),
      ...pulseTurn(3, false),
      ...pulseTurn(4, true),
      ...pulseTurn(5, true),
    ];
    expect(peopleTally(responses, 2)).toEqual({ answered: 7, passed: 3 });
  });

  it('a person who answered one prompt of a step and passed another counts as answered once', () => {
    const responses: ResponseLike[] = [
      { stepIndex: 0, memberId: 'ana', passed: false },
      { stepIndex: 0, memberId: 'ana', passed: true },
      { stepIndex: 1, memberId: null, slot: 9, passed: true },
      { stepIndex: 1, memberId: null, slot: 9, passed: true },
    ];
    expect(peopleTally(responses, 2)).toEqual({ answered: 1, passed: 1 });
  });
});
