// Acceptance tests of "nothing typed is ever lost" (issue 10, item 2) beyond the huddle's own
// fields: a custom prompt being written in the Library survives leaving the page and a reload
// until saved or discarded, and a commitment typed but never added is offered at the end of the
// huddle and stays with the finished huddle in History until it is added or discarded.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { uniqueTeamName } from './support/app-page';
import { expectNoAxeViolations } from './support/axe';
import { describe, expect, test } from './support/fixtures';
import { HuddlePage } from './support/huddle-page';
import { SCREENSHOT_DIR, screenshot } from './support/screenshots';
import { seedTables } from './support/seed';

/** Every stored draft by id, straight from IndexedDB (the app is not asked). */
async function storedDrafts(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((ok, fail) => {
        const open = indexedDB.open('parallel-process');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('drafts').objectStore('drafts').getAll();
          request.onsuccess = () => {
            open.result.close();
            ok(Object.fromEntries(request.result.map((d) => [d.id, d.value])));
          };
        };
      }),
  );
}

describe('Library: a prompt being written', () => {
  test('survives leaving the page and a reload, and goes only when discarded', async ({
    session: { app, page },
  }) => {
    await app.goto('/library');
    await page.getByRole('button', { name: 'New prompt' }).click();
    const form = page.getByRole('form', { name: 'New prompt' });
    const text = form.getByLabel('Prompt', { exact: true });
    const note = form.getByLabel('Facilitator note (optional)');
    await form.getByLabel('Pillar').selectOption('power');
    await text.pressSequentially('Who decided the new rota, and who', { delay: 15 });
    await note.fill('Name decisions, not people.');
    await form.getByText('Not saved yet: kept as a draft').waitFor();

    // Away to another page and back: the form is open again with every field as typed.
    await page.getByRole('link', { name: 'Teams', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor();
    await page.getByRole('link', { name: 'Library', exact: true }).click();
    await form.waitFor();
    await expect
      .poll(() => text.inputValue(), { message: 'kept through leaving the page' })
      .toBe('Who decided the new rota, and who');
    expect(await note.inputValue()).toBe('Name decisions, not people.');
    expect(await form.getByLabel('Pillar').inputValue()).toBe('power');

    // More words, then a reload at once (no pause for the debounce).
    await text.press('End');
    await text.pressSequentially(' was not asked?', { delay: 15 });
    await app.reload();
    await form.waitFor();
    await expect
      .poll(() => text.inputValue(), { message: 'kept through a reload' })
      .toBe('Who decided the new rota, and who was not asked?');
    await form.getByText('Not saved yet: kept as a draft').waitFor();
    // The form only: the whole Library page is tens of thousands of pixels tall.
    await form.screenshot({
      path: resolve(SCREENSHOT_DIR, 'library-prompt-draft-restored.png'),
      animations: 'disabled',
    });
    await expectNoAxeViolations(page, 'prompt form with a restored draft');

    // Discard asks first; then the form closes, the draft is gone, and a reload shows no form.
    await form.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('button', { name: 'Yes, discard my changes' }).click();
    await page.getByRole('button', { name: 'New prompt' }).waitFor();
    await expect.poll(async () => Object.keys(await storedDrafts(page))).toEqual([]);
    await app.reload();
    await page.getByRole('button', { name: 'New prompt' }).waitFor();
    expect(await form.count()).toBe(0);
    expect(
      await page.getByText('Who decided the new rota', { exact: false }).count(),
      'a discarded prompt is not stored',
    ).toBe(0);
  });
});

describe('a commitment typed but not added', () => {
  test('is offered at the end of the huddle and kept with it in History until added', async ({
    session: { app, page },
  }) => {
    const team = uniqueTeamName();
    const huddle = new HuddlePage(page);
    await app.goto('/');
    await app.createTeam(team);
    const t = Date.now();
    await seedTables(page, {
      plans: [
        {
          id: `plan-unadded-${t}`,
          name: 'Only commitments',
          description: 'One step.',
          builtIn: false,
          retired: false,
          steps: [
            {
              id: 'unadded-commit',
              kind: 'commitments',
              title: 'What we will try next',
              mode: 'round',
              timeBoxSec: 120,
            },
          ],
          createdAt: t,
          updatedAt: t,
        },
      ],
    });
    await app.goto('/');
    await page.getByRole('link', { name: 'Facilitate', exact: true }).click();
    await page.getByLabel('Team', { exact: true }).selectOption({ label: team });
    await page.getByRole('radio', { name: /Only commitments/ }).check();
    await page.getByRole('button', { name: 'Open the huddle' }).click();
    await page.getByRole('heading', { level: 1, name: /who is here/ }).waitFor();
    await huddle.addPeople(['Kai', 'Ren']);
    await huddle.button('Start huddle').click();

    // Typed, not added, and straight on to the end (no pause for the debounce).
    await huddle.waitForStep('What we will try next');
    await page.getByLabel('What will we do?').pressSequentially('Ask two families first', {
      delay: 15,
    });
    await page.getByLabel('Who (optional)').fill('Kai');
    await huddle.next();
    await page.getByRole('heading', { level: 1, name: 'Thank you, everyone' }).waitFor();
    const unadded = page.getByRole('region', { name: 'A commitment not added yet' });
    await unadded.getByText('Ask two families first').waitFor();
    await unadded.getByText('Kai').waitFor();
    await screenshot(page, 'summary-unadded-commitment');
    await expectNoAxeViolations(page, 'summary with an unadded commitment');

    // Finishing does not drop it: it waits with the huddle in History.
    await huddle.button('Finish and save the summary').click();
    await page.waitForURL(/\/history\//);
    await unadded.getByText('Ask two families first').waitFor();
    await app.reload();
    await unadded.getByText('Ask two families first').waitFor();
    await screenshot(page, 'history-unadded-commitment');
    await expectNoAxeViolations(page, 'History summary with an unadded commitment');
    await unadded.getByRole('button', { name: /^Add it/ }).click();
    await unadded.waitFor({ state: 'detached' });
    const made = page.getByRole('table', { name: 'Commitments made' });
    await made.getByRole('cell', { name: 'Ask two families first' }).waitFor();
    await expect.poll(async () => Object.keys(await storedDrafts(page))).toEqual([]);
  });
});
