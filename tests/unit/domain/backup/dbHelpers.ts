// Database helpers shared by the backup tests (fake-indexeddb).
import { vi } from 'vitest';
import { addCommitment } from '../../../../src/db/commitments';
import { createPlan, createPrompt } from '../../../../src/db/library';
import { saveAnswer } from '../../../../src/db/responses';
import type { AppDB } from '../../../../src/db/schema';
import { completeSession, startSession } from '../../../../src/db/sessions';
import { addMember, createTeam } from '../../../../src/db/teams';
import { createTheme, tagResponse } from '../../../../src/db/themes';
import { BACKUP_TABLES } from '../../../../src/domain/backup/format';

/** A clock that moves 1 s per call, so every write has its own `updatedAt`. */
export function tickingClock(start = 1_763_900_000_000): void {
  let t = start;
  vi.spyOn(Date, 'now').mockImplementation(() => {
    t += 1000;
    return t;
  });
}

/** Every table of the database (settings and snapshots too), each sorted by key. */
export async function everyTable(db: AppDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

/** The tables a backup carries, each in id order. */
export async function backupTables(db: AppDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of BACKUP_TABLES) out[table] = await db.table(table).toArray();
  return out;
}

/** A team with two people, a two-step huddle (round + anonymous), answers, a commitment, a tag. */
export async function seedHuddle(name = 'Family clinic') {
  const team = await createTeam(name);
  const ana = await addMember(team.id, 'Ana');
  const ben = await addMember(team.id, 'Ben');
  const prompt = await createPrompt({
    pillar: 'power',
    category: 'pillar',
    kind: 'text',
    text: `Whose voice was missing? (${name})`,
  });
  const steps = [
    { id: 'round', mode: 'round' as const, title: 'Talk it through' },
    { id: 'quiet', mode: 'anonymous' as const, title: 'Privately' },
  ];
  const plan = await createPlan({
    name: `Short huddle (${name})`,
    description: '',
    steps: steps.map((s) => ({
      id: s.id,
      kind: 'prompts',
      title: s.title,
      mode: s.mode,
      timeBoxSec: 120,
      source: { type: 'prompts', promptIds: [prompt.id] },
    })),
  });
  const session = await startSession({
    teamId: team.id,
    plan,
    steps: steps.map((s) => ({
      planStepId: s.id,
      kind: 'prompts',
      title: s.title,
      mode: s.mode,
      timeBoxSec: 120,
      promptIds: [prompt.id],
      revealed: false,
    })),
    attendance: [ana.id, ben.id],
  });
  const said = await saveAnswer({
    sessionId: session.id,
    stepIndex: 0,
    promptId: prompt.id,
    memberId: ana.id,
    text: 'Families were not asked',
  });
  const passed = await saveAnswer({
    sessionId: session.id,
    stepIndex: 0,
    promptId: prompt.id,
    memberId: ben.id,
    passed: true,
  });
  const secret = await saveAnswer({
    sessionId: session.id,
    stepIndex: 1,
    promptId: prompt.id,
    memberId: ana.id,
    slot: 0,
    text: '=cmd|"/c calc"!A1 the rota is unfair',
  });
  const commitment = await addCommitment(session.id, {
    text: 'Ask two families before changing hours',
    owner: 'Ana',
    pillar: 'power',
  });
  const theme = await createTheme(team.id, 'Family voice', ['families']);
  const tag = await tagResponse(said.id, theme.id);
  return {
    team,
    ana,
    ben,
    prompt,
    plan,
    session,
    said,
    passed,
    secret,
    commitment,
    theme,
    tag,
    complete: () => completeSession(session.id),
  };
}
