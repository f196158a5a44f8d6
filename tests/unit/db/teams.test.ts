import { beforeEach, describe, expect, it } from 'vitest';
import { listMembers, listTeams } from '../../../src/db/queries';
import type { AppDB } from '../../../src/db/schema';
import {
  addMember,
  createTeam,
  renameMember,
  renameTeam,
  setMemberArchived,
  setTeamAgreements,
  setTeamArchived,
} from '../../../src/db/teams';
import { DEFAULT_AGREEMENTS } from '../../../src/domain/library/agreements';
import { freshDatabase } from './testDb';

let db: AppDB;
beforeEach(async () => {
  db = await freshDatabase();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('teams', () => {
  it('creates a team with a UUID, timestamps and the default agreements', async () => {
    const team = await createTeam('  Youth   outreach ');
    expect(team.id).toMatch(UUID);
    expect(team.name).toBe('Youth outreach');
    expect(team.createdAt).toBe(team.updatedAt);
    expect(team.agreements).toEqual(DEFAULT_AGREEMENTS);
    expect(await db.teams.get(team.id)).toEqual(team);
  });

  it('refuses an empty or overlong name and writes nothing', async () => {
    await expect(createTeam('   ')).rejects.toThrow('Team name cannot be empty.');
    await expect(createTeam('x'.repeat(81))).rejects.toThrow(/too long/);
    expect(await db.teams.count()).toBe(0);
  });

  it('renames, archives and edits agreements, bumping updatedAt', async () => {
    const team = await createTeam('Clinic A');
    await new Promise((r) => setTimeout(r, 2));
    await renameTeam(team.id, 'Clinic B');
    await setTeamArchived(team.id, true);
    await setTeamAgreements(team.id, ['  Anyone may pass ', '', 'One voice at a time']);
    const stored = await db.teams.get(team.id);
    expect(stored?.name).toBe('Clinic B');
    expect(stored?.archived).toBe(true);
    expect(stored?.agreements).toEqual(['Anyone may pass', 'One voice at a time']);
    expect(stored!.updatedAt).toBeGreaterThan(team.updatedAt);
  });

  it('rejects writes to a team that does not exist', async () => {
    await expect(renameTeam('nope', 'x')).rejects.toThrow('Team was not found.');
    await expect(addMember('nope', 'Sam')).rejects.toThrow('Team was not found.');
  });

  it('lists teams by name with archived teams last', async () => {
    const b = await createTeam('Beta');
    await createTeam('Alpha');
    await createTeam('Gamma');
    await setTeamArchived(b.id, true);
    expect((await listTeams()).map((t) => t.name)).toEqual(['Alpha', 'Gamma', 'Beta']);
  });
});

describe('members', () => {
  it('adds, renames and archives members, listed per team by name', async () => {
    const team = await createTeam('Clinic');
    const other = await createTeam('Other');
    const zoe = await addMember(team.id, 'Zoe');
    await addMember(team.id, 'Ana');
    await addMember(other.id, 'Not me');
    await renameMember(zoe.id, 'Zoë');
    await setMemberArchived(zoe.id, true);
    const members = await listMembers(team.id);
    expect(members.map((m) => m.name)).toEqual(['Ana', 'Zoë']);
    expect(members[1]?.archived).toBe(true);
  });
});
