import Dexie from 'dexie';
import type { Commitment, Member, Plan, Prompt, Response, Session, Team } from '../domain/types';
import { db } from './db';
import { huddleSnapshotKey } from './settings';

/** Teams by name, archived last. Small table: sorted in memory. */
export async function listTeams(): Promise<Team[]> {
  const teams = await db.teams.toArray();
  return teams.sort(
    (a, b) => Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name),
  );
}

export function getTeam(id: string): Promise<Team | undefined> {
  return db.teams.get(id);
}

export async function listMembers(teamId: string): Promise<Member[]> {
  return db.members
    .where('[teamId+name]')
    .between([teamId, Dexie.minKey], [teamId, Dexie.maxKey])
    .toArray();
}

export async function listPrompts(): Promise<Prompt[]> {
  return db.prompts.toArray();
}

export async function listPlans(): Promise<Plan[]> {
  const plans = await db.plans.toArray();
  return plans.sort(
    (a, b) => Number(b.builtIn) - Number(a.builtIn) || a.name.localeCompare(b.name),
  );
}

export function getSession(id: string): Promise<Session | undefined> {
  return db.sessions.get(id);
}

export function listActiveSessions(): Promise<Session[]> {
  return db.sessions.where('status').equals('active').toArray();
}

export function findActiveSession(teamId: string): Promise<Session | undefined> {
  return db.sessions.where('[teamId+status]').equals([teamId, 'active']).first();
}

/** Newest first, paged by start time through the [teamId+startedAt] index. */
export function listTeamSessions(
  teamId: string,
  limit = 50,
  beforeStartedAt?: number,
): Promise<Session[]> {
  return db.sessions
    .where('[teamId+startedAt]')
    .between([teamId, Dexie.minKey], [teamId, beforeStartedAt ?? Dexie.maxKey], true, false)
    .reverse()
    .limit(limit)
    .toArray();
}

/** The team's most recent huddle that ended, before the given one. */
export async function findPreviousSession(
  teamId: string,
  beforeStartedAt: number,
): Promise<Session | undefined> {
  return db.sessions
    .where('[teamId+startedAt]')
    .between([teamId, Dexie.minKey], [teamId, beforeStartedAt], true, false)
    .reverse()
    .filter((s) => s.status === 'completed')
    .first();
}

export function listSessionResponses(sessionId: string): Promise<Response[]> {
  return db.responses.where('sessionId').equals(sessionId).toArray();
}

export function listStepResponses(sessionId: string, stepIndex: number): Promise<Response[]> {
  return db.responses.where('[sessionId+stepIndex]').equals([sessionId, stepIndex]).toArray();
}

/** Answers of a team in a time window, oldest first, via [teamId+createdAt]. */
export function listTeamResponses(teamId: string, from: number, to: number): Promise<Response[]> {
  return db.responses
    .where('[teamId+createdAt]')
    .between([teamId, from], [teamId, to], true, true)
    .toArray();
}

export function listSessionCommitments(sessionId: string): Promise<Commitment[]> {
  return db.commitments.where('sessionId').equals(sessionId).sortBy('createdAt');
}

/** Commitments still waiting for review: open ones made in earlier huddles of the team. */
export function listOpenCommitments(teamId: string): Promise<Commitment[]> {
  return db.commitments.where('[teamId+status]').equals([teamId, 'open']).sortBy('createdAt');
}

export function listCommitmentsReviewedIn(sessionId: string): Promise<Commitment[]> {
  return db.commitments.where('reviewedInSessionId').equals(sessionId).toArray();
}

/**
 * What the review step of a huddle shows: commitments from earlier huddles still open or in
 * progress, plus those already reviewed in this huddle (so a change of mind is possible).
 */
export async function listCommitmentsToReview(
  teamId: string,
  sessionId: string,
): Promise<Commitment[]> {
  const [open, inProgress, reviewedHere] = await Promise.all([
    db.commitments.where('[teamId+status]').equals([teamId, 'open']).toArray(),
    db.commitments.where('[teamId+status]').equals([teamId, 'in-progress']).toArray(),
    db.commitments.where('reviewedInSessionId').equals(sessionId).toArray(),
  ]);
  const byId = new Map<string, Commitment>();
  for (const c of [...open, ...inProgress]) {
    if (c.sessionId !== sessionId && c.reviewedInSessionId !== sessionId) byId.set(c.id, c);
  }
  for (const c of reviewedHere) byId.set(c.id, c);
  return [...byId.values()].sort((a, b) => a.createdAt - b.createdAt);
}

// The history list's paged queries live in ./history.ts.

// ── Summary (one huddle, read-only) ────────────────────────────────────────────────────────

export interface SessionRecord {
  session: Session;
  team: Team | undefined;
  /** The team's members, archived ones included, so past attendees keep their names. */
  members: Member[];
  /** The prompts the huddle ran and answered. */
  prompts: Prompt[];
  responses: Response[];
  /** Made in this huddle, oldest first (carried-over copies included; see carriedFromId). */
  commitmentsMade: Commitment[];
  /** Commitments from earlier huddles that were reviewed in this one. */
  commitmentsReviewed: Commitment[];
  /** The facilitator screen's saved state (skips, time used), unvalidated; null if none. */
  snapshot: unknown;
}

/**
 * Everything a huddle's summary shows, in one read transaction; null when no such huddle.
 */
export async function getSessionRecord(sessionId: string): Promise<SessionRecord | null> {
  return db.transaction(
    'r',
    [db.sessions, db.teams, db.members, db.prompts, db.responses, db.commitments, db.settings],
    async () => {
      const session = await db.sessions.get(sessionId);
      if (!session) return null;
      const [team, members, responses, commitmentsMade, snapshotRow] = await Promise.all([
        db.teams.get(session.teamId),
        listMembers(session.teamId),
        listSessionResponses(sessionId),
        listSessionCommitments(sessionId),
        db.settings.get(huddleSnapshotKey(sessionId)),
      ]);
      const promptIds = [
        ...new Set([
          ...session.steps.flatMap((s) => s.promptIds),
          ...responses.map((r) => r.promptId),
        ]),
      ];
      const prompts = (await db.prompts.bulkGet(promptIds)).filter((p): p is Prompt => !!p);
      // reviewedInSessionId holds only the latest review, so a commitment reviewed here and again
      // later is found through its history. The history array has no index: scan the team's
      // commitments made before this huddle started (a few per huddle). Copies carried over
      // later repeat this history but are made after it started, so they stay out.
      const reviewed = await db.commitments
        .where('[teamId+createdAt]')
        .between([session.teamId, Dexie.minKey], [session.teamId, session.startedAt], true, true)
        .filter(
          (c) =>
            c.sessionId !== sessionId &&
            (c.reviewedInSessionId === sessionId ||
              c.history.some((h) => h.sessionId === sessionId)),
        )
        .toArray();
      return {
        session,
        team,
        members,
        prompts,
        responses,
        commitmentsMade,
        commitmentsReviewed: reviewed.sort((a, b) => a.createdAt - b.createdAt),
        snapshot: snapshotRow?.value ?? null,
      };
    },
  );
}

// ── Room screen (the wall display) ─────────────────────────────────────────────────────────

/** Prompts in the order of the given ids; ids not in the library are left out. */
export async function getPromptsByIds(ids: readonly string[]): Promise<Prompt[]> {
  const found = await db.prompts.bulkGet([...ids]);
  return found.filter((p): p is Prompt => !!p);
}

// ── Teams page (home) ──────────────────────────────────────────────────────────────────────

/** How many current (not archived) people each team has, by team id. Small table: in memory. */
export async function countMembersByTeam(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await db.members.each((m) => {
    if (!m.archived) counts[m.teamId] = (counts[m.teamId] ?? 0) + 1;
  });
  return counts;
}
