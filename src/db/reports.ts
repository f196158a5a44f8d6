import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Commitment, Response, Session, Team } from '../domain/types';
import { db } from './db';

/** What a period report is built from: one team's huddles that started within [from, to). */
export interface PeriodRecord {
  team: Team;
  /** Started in the period, oldest first; huddles still running are left out. */
  sessions: Session[];
  /** Answers of those huddles (counted and averaged; never shown word for word). */
  responses: Response[];
  /** Every commitment of the team, so carried-over chains can be followed to their end. */
  commitments: Commitment[];
}

/** One read transaction; null when the team does not exist. */
export async function getPeriodRecord(
  teamId: string,
  from: number,
  to: number,
): Promise<PeriodRecord | null> {
  return db.transaction('r', [db.teams, db.sessions, db.responses, db.commitments], async () => {
    const team = await db.teams.get(teamId);
    if (!team) return null;
    const sessions = (
      await db.sessions
        .where('[teamId+startedAt]')
        .between([teamId, from], [teamId, to], true, false)
        .toArray()
    ).filter((s) => s.status !== 'active');
    const [responses, commitments] = await Promise.all([
      sessions.length
        ? db.responses
            .where('sessionId')
            .anyOf(sessions.map((s) => s.id))
            .toArray()
        : Promise.resolve([]),
      db.commitments
        .where('[teamId+createdAt]')
        .between([teamId, Dexie.minKey], [teamId, Dexie.maxKey])
        .toArray(),
    ]);
    return { team, sessions, responses, commitments };
  });
}

/** undefined while loading, null for no team / unknown team. */
export function usePeriodRecord(
  teamId: string,
  from: number | undefined,
  to: number | undefined,
): PeriodRecord | null | undefined {
  return useLiveQuery(
    async () =>
      teamId && from !== undefined && to !== undefined ? getPeriodRecord(teamId, from, to) : null,
    [teamId, from, to],
  );
}
