import { beforeEach, describe, expect, it } from 'vitest';
import { installBuiltIns } from '../../../src/db/builtIns';
import {
  createPlan,
  createPrompt,
  duplicatePlan,
  setPlanRetired,
  setPromptRetired,
  updatePlan,
  updatePrompt,
} from '../../../src/db/library';
import { listPlans } from '../../../src/db/queries';
import type { AppDB } from '../../../src/db/schema';
import type { Plan, Prompt } from '../../../src/domain/types';
import { freshDatabase } from './testDb';

let db: AppDB;
beforeEach(async () => {
  db = await freshDatabase();
});

const builtInPrompt: Prompt = {
  id: 'bi-test-01',
  pillar: 'play',
  category: 'warmup',
  kind: 'text',
  text: 'What made you laugh this week?',
  facilitatorNote: 'Keep it light.',
  builtIn: true,
  retired: false,
  createdAt: 1,
  updatedAt: 1,
};
const builtInPlan: Plan = {
  id: 'bi-plan-test',
  name: 'Test plan',
  description: 'd',
  builtIn: true,
  retired: false,
  steps: [
    {
      id: 'x',
      kind: 'prompts',
      title: 'Warm-up',
      mode: 'round',
      timeBoxSec: 60,
      source: { type: 'prompts', promptIds: ['bi-test-01'] },
    },
  ],
  createdAt: 1,
  updatedAt: 1,
};

describe('built-in library', () => {
  it('installs once, refreshes changed text and keeps a hidden built-in hidden', async () => {
    await installBuiltIns([builtInPrompt], [builtInPlan]);
    await installBuiltIns([builtInPrompt], [builtInPlan]);
    expect(await db.prompts.count()).toBe(1);
    await setPromptRetired('bi-test-01', true);
    await installBuiltIns([{ ...builtInPrompt, text: 'What made you smile?' }], [builtInPlan]);
    const stored = await db.prompts.get('bi-test-01');
    expect(stored?.text).toBe('What made you smile?');
    expect(stored?.retired).toBe(true);
  });

  it('lets built-ins be hidden but never edited', async () => {
    await installBuiltIns([builtInPrompt], [builtInPlan]);
    await expect(
      updatePrompt('bi-test-01', { pillar: 'play', category: 'warmup', kind: 'text', text: 'x' }),
    ).rejects.toThrow(/hidden, not edited/);
    await expect(
      updatePlan('bi-plan-test', { name: 'x', description: '', steps: builtInPlan.steps }),
    ).rejects.toThrow(/duplicate/);
  });
});

describe('custom prompts and plans', () => {
  it('creates, edits and retires a custom prompt', async () => {
    const p = await createPrompt({
      pillar: 'learning',
      category: 'pillar',
      kind: 'choice',
      text: ' Pick one ',
      choices: ['A', 'B'],
      facilitatorNote: ' ',
    });
    expect(p.text).toBe('Pick one');
    expect(p.facilitatorNote).toBeUndefined();
    await updatePrompt(p.id, {
      pillar: 'learning',
      category: 'pillar',
      kind: 'text',
      text: 'Open now',
    });
    await setPromptRetired(p.id, true);
    const stored = await db.prompts.get(p.id);
    expect(stored).toMatchObject({ text: 'Open now', kind: 'text', retired: true, builtIn: false });
    expect(stored?.choices).toBeUndefined();
    await expect(
      createPrompt({
        pillar: 'learning',
        category: 'pillar',
        kind: 'choice',
        text: 'x',
        choices: ['only'],
      }),
    ).rejects.toThrow(/two choices/);
  });

  it('creates, duplicates, edits and retires plans', async () => {
    await installBuiltIns([builtInPrompt], [builtInPlan]);
    const copy = await duplicatePlan('bi-plan-test');
    expect(copy.name).toBe('Test plan (copy)');
    expect(copy.builtIn).toBe(false);
    expect(copy.steps[0]?.id).not.toBe('x');
    await updatePlan(copy.id, { name: 'Mine', description: 'ok', steps: copy.steps });
    await setPlanRetired(copy.id, true);
    expect((await listPlans()).map((p) => [p.name, p.retired])).toEqual([
      ['Test plan', false],
      ['Mine', true],
    ]);
    await expect(createPlan({ name: 'Empty', description: '', steps: [] })).rejects.toThrow(
      /at least one step/,
    );
    await expect(
      createPlan({
        name: 'Bad',
        description: '',
        steps: [{ ...builtInPlan.steps[0]!, timeBoxSec: 1 }],
      }),
    ).rejects.toThrow(/time box/);
  });
});
