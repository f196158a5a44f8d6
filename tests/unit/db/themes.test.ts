import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan, createPrompt } from '../../../src/db/library';
import { saveAnswer } from '../../../src/db/responses';
import type { AppDB } from '../../../src/db/schema';
import { startSession } from '../../../src/db/sessions';
import { createTeam } from '../../../src/db/teams';
import { createTheme, tagResponse, untagResponse, updateTheme } from '../../../src/db/themes';
import { freshDatabase } from './testDb';

let db: AppDB;
beforeEach(async () => {
  db = await freshDatabase();
});

describe('themes', () => {
  it('creates, curates and tags answers to a theme without duplicate tags', async () => {
    const team = await createTeam('Clinic');
    const prompt = await createPrompt({
      pillar: 'parallel',
      category: 'pillar',
      kind: 'text',
      text: 'Q?',
    });
    const plan = await createPlan({
      name: 'P',
      description: '',
      steps: [
        {
          id: 'a',
          kind: 'prompts',
          title: 'Q',
          mode: 'round',
          timeBoxSec: 60,
          source: { type: 'prompts', promptIds: [prompt.id] },
        },
      ],
    });
    const session = await startSession({
      teamId: team.id,
      plan,
      steps: [
        {
          planStepId: 'a',
          kind: 'prompts',
          title: 'Q',
          mode: 'round',
          timeBoxSec: 60,
          promptIds: [prompt.id],
          revealed: false,
        },
      ],
      attendance: [],
    });
    const answer = await saveAnswer({
      sessionId: session.id,
      stepIndex: 0,
      promptId: prompt.id,
      memberId: null,
      text: 'paperwork again',
    });
    const theme = await createTheme(team.id, 'Paperwork', ['Paperwork', 'paper work', 'paperwork']);
    expect(theme.keywords).toEqual(['paperwork', 'paper work']);
    await updateTheme(theme.id, { pinned: true, label: 'Forms and paperwork' });
    expect((await db.themes.get(theme.id))?.pinned).toBe(true);
    const tag = await tagResponse(answer.id, theme.id);
    expect((await tagResponse(answer.id, theme.id)).id).toBe(tag.id);
    expect(await db.responseThemes.count()).toBe(1);
    await untagResponse(answer.id, theme.id);
    expect(await db.responseThemes.count()).toBe(0);
  });
});
