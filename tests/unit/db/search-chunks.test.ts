import { describe, expect, it } from 'vitest';
import { type ChangeCursor, readChanges, readNewest } from '../../../src/db/search';
import type { Response } from '../../../src/domain/types';
import { freshDatabase } from './testDb';

function answer(id: string, updatedAt: number): Response {
  return {
    id,
    sessionId: 's1',
    teamId: 't1',
    stepIndex: 0,
    promptId: 'p1',
    pillar: 'relationships',
    memberId: null,
    passed: false,
    text: `answer ${id}`,
    createdAt: updatedAt,
    updatedAt,
  };
}

// Seven rows share one time, so chunks of 3 start and end inside the tie.
const ROWS = [
  answer('a', 10),
  ...['b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => answer(id, 20)),
  answer('i', 30),
  answer('j', 5),
];

async function readAll(
  read: (cursor: ChangeCursor | null) => ReturnType<typeof readChanges<Response>>,
): Promise<string[]> {
  const ids: string[] = [];
  let cursor: ChangeCursor | null = null;
  do {
    const chunk = await read(cursor);
    expect(chunk.rows.length).toBeLessThanOrEqual(3);
    ids.push(...chunk.rows.map((r) => r.id));
    cursor = chunk.next;
  } while (cursor);
  return ids;
}

describe('search reads the updatedAt index in chunks', () => {
  it('oldest first: every record once, ties by id, across chunk boundaries inside a tie', async () => {
    const db = await freshDatabase();
    await db.responses.bulkPut(ROWS);
    const ids = await readAll((c) => readChanges<Response>('responses', c, 3));
    expect(ids).toEqual(['j', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
  });

  it('newest first: every record once, ties by id descending', async () => {
    const db = await freshDatabase();
    await db.responses.bulkPut(ROWS);
    const ids = await readAll((c) => readNewest<Response>('responses', c, 3));
    expect(ids).toEqual(['i', 'h', 'g', 'f', 'e', 'd', 'c', 'b', 'a', 'j']);
  });
});
