import { beforeEach, describe, expect, it } from 'vitest';
import { INSTALLED_LIBRARY_SETTING, openDatabase } from '../../../src/db/open';
import type { AppDB } from '../../../src/db/schema';
import { BUILT_IN_PLANS } from '../../../src/domain/library/plans';
import { BUILT_IN_PROMPTS } from '../../../src/domain/library/prompts';
import { freshDatabase } from './testDb';

let db: AppDB;
beforeEach(async () => {
  db = await freshDatabase();
});

const firstPrompt = BUILT_IN_PROMPTS[0]!;

/** Changes a stored built-in's text, as an older app version's library would have had it. */
async function staleText() {
  await db.prompts.update(firstPrompt.id, { text: 'old wording' });
}

describe('openDatabase and the installed library', () => {
  it('installs every built-in and records the version with what it wrote', async () => {
    await openDatabase('v1');
    expect(await db.prompts.count()).toBe(BUILT_IN_PROMPTS.length);
    expect(await db.plans.count()).toBe(BUILT_IN_PLANS.length);
    const row = await db.settings.get(INSTALLED_LIBRARY_SETTING);
    expect(row?.value).toEqual({
      version: 'v1',
      prompts: BUILT_IN_PROMPTS.length,
      plans: BUILT_IN_PLANS.length,
    });
  });

  it('skips installing when the same version is already complete', async () => {
    await openDatabase('v1');
    await staleText();
    await openDatabase('v1');
    expect((await db.prompts.get(firstPrompt.id))?.text).toBe('old wording');
  });

  it('installs again when the build has another library version', async () => {
    await openDatabase('v1');
    await staleText();
    await openDatabase('v2');
    expect((await db.prompts.get(firstPrompt.id))?.text).toBe(firstPrompt.text);
    expect((await db.settings.get(INSTALLED_LIBRARY_SETTING))?.value).toMatchObject({
      version: 'v2',
    });
  });

  it('installs again when built-ins are missing (a restored older backup)', async () => {
    await openDatabase('v1');
    await db.prompts.delete(firstPrompt.id);
    await db.plans.delete(BUILT_IN_PLANS[0]!.id);
    await openDatabase('v1');
    expect(await db.prompts.get(firstPrompt.id)).toBeDefined();
    expect(await db.plans.count()).toBe(BUILT_IN_PLANS.length);
  });

  it('always installs without a build version (dev server, tests)', async () => {
    await openDatabase(undefined);
    await staleText();
    await openDatabase(undefined);
    expect((await db.prompts.get(firstPrompt.id))?.text).toBe(firstPrompt.text);
    expect(await db.settings.get(INSTALLED_LIBRARY_SETTING)).toBeUndefined();
  });
});
