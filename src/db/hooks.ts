import { useLiveQuery } from 'dexie-react-hooks';
import type { Commitment, Member, Plan, Prompt, Response, Session, Team } from '../domain/types';
import { type DraftKey, type DraftKind, listDraftScopes, readDraft } from './drafts';
import {
  countMembersByTeam,
  getPromptsByIds,
  getSession,
  getSessionRecord,
  getTeam,
  listActiveSessions,
  listCommitmentsToReview,
  listMembers,
  listOpenCommitments,
  listPlans,
  listPrompts,
  listSessionCommitments,
  listSessionResponses,
  listStepResponses,
  listTeamSessions,
  listTeams,
  type SessionRecord,
} from './queries';

// useLiveQuery returns undefined while loading; a null default for "not found" keeps the two
// apart (undefined = loading, null = none).

export function useTeams(): Team[] | undefined {
  return useLiveQuery(listTeams, []);
}

export function useTeam(id: string | undefined): Team | null | undefined {
  return useLiveQuery(async () => (id ? ((await getTeam(id)) ?? null) : null), [id]);
}

export function useMembers(teamId: string | undefined): Member[] | undefined {
  return useLiveQuery(async () => (teamId ? listMembers(teamId) : []), [teamId]);
}

export function usePrompts(): Prompt[] | undefined {
  return useLiveQuery(listPrompts, []);
}

export function usePlans(): Plan[] | undefined {
  return useLiveQuery(listPlans, []);
}

export function useActiveSessions(): Session[] | undefined {
  return useLiveQuery(listActiveSessions, []);
}

export function useSession(id: string | undefined): Session | null | undefined {
  return useLiveQuery(async () => (id ? ((await getSession(id)) ?? null) : null), [id]);
}

export function useTeamSessions(teamId: string | undefined, limit = 50): Session[] | undefined {
  return useLiveQuery(async () => (teamId ? listTeamSessions(teamId, limit) : []), [teamId, limit]);
}

export function useSessionResponses(sessionId: string | undefined): Response[] | undefined {
  return useLiveQuery(async () => (sessionId ? listSessionResponses(sessionId) : []), [sessionId]);
}

export function useSessionCommitments(sessionId: string | undefined): Commitment[] | undefined {
  return useLiveQuery(
    async () => (sessionId ? listSessionCommitments(sessionId) : []),
    [sessionId],
  );
}

export function useOpenCommitments(teamId: string | undefined): Commitment[] | undefined {
  return useLiveQuery(async () => (teamId ? listOpenCommitments(teamId) : []), [teamId]);
}

export function useCommitmentsToReview(
  teamId: string | undefined,
  sessionId: string | undefined,
): Commitment[] | undefined {
  return useLiveQuery(
    async () => (teamId && sessionId ? listCommitmentsToReview(teamId, sessionId) : []),
    [teamId, sessionId],
  );
}

export function useSessionRecord(sessionId: string | undefined): SessionRecord | null | undefined {
  return useLiveQuery(async () => (sessionId ? getSessionRecord(sessionId) : null), [sessionId]);
}

/** A step's prompts, in the step's order. The ids are compared by value, not by array identity. */
export function usePromptsByIds(ids: readonly string[] | undefined): Prompt[] | undefined {
  const key = ids?.join('\n') ?? '';
  return useLiveQuery(async () => (key ? getPromptsByIds(key.split('\n')) : []), [key]);
}

/** One step's answers (and passes) in a huddle. */
export function useStepResponses(
  sessionId: string | undefined,
  stepIndex: number | undefined,
): Response[] | undefined {
  return useLiveQuery(
    async () =>
      sessionId && stepIndex !== undefined ? listStepResponses(sessionId, stepIndex) : [],
    [sessionId, stepIndex],
  );
}

/** Current (not archived) people per team id. */
export function useMemberCounts(): Record<string, number> | undefined {
  return useLiveQuery(countMembersByTeam, []);
}

/** Which prompts or plans have a draft (undefined while loading). */
export function useDraftScopes(kind: DraftKind): string[] | undefined {
  return useLiveQuery(() => listDraftScopes(kind), [kind]);
}

/** One stored draft as it changes (null: none, undefined: loading). */
export function useStoredDraft<T>(key: DraftKey): T | null | undefined {
  return useLiveQuery(async () => (await readDraft<T>(key)) ?? null, [key.kind, key.scope]);
}
