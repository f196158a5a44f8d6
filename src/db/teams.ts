import { DEFAULT_AGREEMENTS } from '../domain/library/agreements';
import type { Member, Team } from '../domain/types';
import { now } from '../lib/clock';
import { newId } from '../lib/ids';
import { db } from './db';
import { cleanName, cleanText, requireFound, ValidationError } from './validate';

export async function createTeam(name: string): Promise<Team> {
  const clean = cleanName(name, 'Team name');
  const t = now();
  const team: Team = {
    id: newId(),
    name: clean,
    archived: false,
    agreements: [...DEFAULT_AGREEMENTS],
    createdAt: t,
    updatedAt: t,
  };
  await db.teams.add(team);
  return team;
}

async function patchTeam(id: string, patch: Partial<Omit<Team, 'id' | 'createdAt'>>) {
  await db.transaction('rw', db.teams, async () => {
    requireFound(await db.teams.get(id), 'Team');
    await db.teams.update(id, { ...patch, updatedAt: now() });
  });
}

export function renameTeam(id: string, name: string): Promise<void> {
  return patchTeam(id, { name: cleanName(name, 'Team name') });
}

export function setTeamArchived(id: string, archived: boolean): Promise<void> {
  return patchTeam(id, { archived });
}

export function setTeamAgreements(id: string, agreements: string[]): Promise<void> {
  const clean = agreements
    .map((a) => cleanText(a, 'An agreement', { allowEmpty: true }).trim())
    .filter(Boolean);
  if (clean.length > 20) throw new ValidationError('Keep it to 20 agreements or fewer.');
  return patchTeam(id, { agreements: clean });
}

export async function addMember(teamId: string, name: string): Promise<Member> {
  const clean = cleanName(name, 'Name');
  return db.transaction('rw', db.teams, db.members, async () => {
    requireFound(await db.teams.get(teamId), 'Team');
    const t = now();
    const member: Member = {
      id: newId(),
      teamId,
      name: clean,
      archived: false,
      createdAt: t,
      updatedAt: t,
    };
    await db.members.add(member);
    return member;
  });
}

export async function renameMember(id: string, name: string): Promise<void> {
  const clean = cleanName(name, 'Name');
  await db.transaction('rw', db.members, async () => {
    requireFound(await db.members.get(id), 'Person');
    await db.members.update(id, { name: clean, updatedAt: now() });
  });
}

/** Archiving keeps a person's past answers attributed; they just leave the attendance list. */
export async function setMemberArchived(id: string, archived: boolean): Promise<void> {
  await db.transaction('rw', db.members, async () => {
    requireFound(await db.members.get(id), 'Person');
    await db.members.update(id, { archived, updatedAt: now() });
  });
}
