// Acceptance tests of "nothing typed is ever lost" (issue 10, items 2 and 4): a commitment typed
// but not added survives Next, Back and a reload; so do a guest's name typed in the lobby and
// unsaved team agreements; and a schema upgrade opened in another tab while someone types loses
// no character, through "Reload now" included.
import type { Page } from 'playwright-core';
import { uniqueTeamName } from './support/app-page';
import { expectNoAxeViolations } from './support/axe';
import { describe, expect, test } from './support/fixtures';
import { HuddlePage } from './support/huddle-page';
import { screenshot } from './support/screenshots';
import { seedTables } from './support/seed';

const PLAN_NAME = 'Commitments then review';

/** A short plan: commitments first, so Next and Back have somewhere to go. */
async function seedPlan(page: Page) {
  const t = Date.now();
  await seedTables(page, {
    plans: [
      {
        id: `plan-drafts-${t}`,
        name: PLAN_NAME,
        description: 'Two quick steps.',
        builtIn: false,
        retired: false,
        steps: [
          {
            id: 'drafts-commit',
            kind: 'commitments',
            title: 'What we will try next',
            mode: 'round',
            timeBoxSec: 120,
          },
          {
            id: 'drafts-review',
            kind: 'review-commitments',
            title: "Last time's commitments",
            mode: 'round',
            timeBoxSec: 120,
          },
        ],
        createdAt: t,
        updatedAt: t,
      },
    ],
  });
}

async function openLobby(page: Page, team: string) {
  await page.getByRole('link', { name: 'Facilitate', exact: true }).click();
  await page.getByLabel('Team', { exact: true }).selectOption({ label: team });
  await page.getByRole('radio', { name: new RegExp(PLAN_NAME) }).check();
  await page.getByRole('button', { name: 'Open the huddle' }).click();
  await page.getByRole('heading', { level: 1, name: /who is here/ }).waitFor();
}

/** Every stored draft, straight from IndexedDB (the app is not asked). */
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
            ok(Object.fromEntries(request.result.map((d) => [d.id.split(':')[0], d.value])));
          };
        };
      }),
  );
}

describe('text typed but not added', () => {
  test('a guest name and a commitment survive a reload, Next and Back, until added', async ({
    session: { app, page },
  }) => {
    const team = uniqueTeamName();
    const huddle = new HuddlePage(page);
    await app.goto('/');
    await app.createTeam(team);
    await seedPlan(page);
    await app.goto('/');
    await openLobby(page, team);

    // The lobby: a name typed, then the page reloaded at once (no pause for the debounce).
    const guest = page.getByLabel('Someone else in the room');
    await guest.pressSequentially('Sam from housing', { delay: 20 });
    await app.reload();
    await expect.poll(() => guest.inputValue()).toBe('Sam from housing');
    await huddle.button('Add as guest').click();
    await page.getByRole('button', { name: 'Remove Sam from housing' }).waitFor();
    await expect
      .poll(() => guest.inputValue(), { message: 'an added name leaves the field' })
      .toBe('');
    await expect.poll(async () => (await storedDrafts(page))['guest-name']).toBeUndefined();
    await huddle.addPeople(['Kai']);
    await huddle.button('Start huddle').click();

    // The commitment: typed, not added, then Next.
    await huddle.waitForStep('What we will try next');
    const what = page.getByLabel('What will we do?');
    const who = page.getByLabel('Who (optional)');
    await what.fill('Ask two families before changing hours');
    await who.fill('Kai');
    await page.getByText('Not added yet: kept as a draft').waitFor();
    await screenshot(page, 'drafts-commitment-kept');
    await expectNoAxeViolations(page, 'commitment draft');
    await huddle.next();
    await huddle.waitForStep("Last time's commitments");
    await huddle.button(/^Back/).click();
    await huddle.waitForStep('What we will try next');
    await expect
      .poll(() => what.inputValue(), { message: 'kept through Next and Back' })
      .toBe('Ask two families before changing hours');
    expect(await who.inputValue()).toBe('Kai');

    // More words, then a reload straight away.
    await what.press('End');
    await what.pressSequentially(' on Tuesday', { delay: 20 });
    await app.reload();
    await huddle.waitForStep('What we will try next');
    await expect
      .poll(() => what.inputValue(), { message: 'kept through a reload' })
      .toBe('Ask two families before changing hours on Tuesday');
    expect(await who.inputValue()).toBe('Kai');

    // Added: the draft is gone, the commitment is in the list.
    await huddle.button('Add commitment').click();
    await page
      .locator('.commitment-list .commitment-text', {
        hasText: 'Ask two families before changing hours on Tuesday',
      })
      .waitFor();
    await expect.poll(() => what.inputValue()).toBe('');
    await expect.poll(async () => (await storedDrafts(page)).commitment).toBeUndefined();
    await app.reload();
    await huddle.waitForStep('What we will try next');
    expect(await what.inputValue(), 'an added commitment does not come back as a draft').toBe('');
  });

  test('unsaved agreements are kept until saved or discarded', async ({
    session: { app, page },
  }) => {
    const team = uniqueTeamName();
    await app.goto('/');
    await app.createTeam(team);
    await page
      .getByRole('list', { name: 'Teams' })
      .getByRole('link', { name: team, exact: true })
      .click();
    await page.getByRole('heading', { name: 'Group agreements' }).waitFor();
    const adding = page.getByLabel('New agreement');
    await adding.fill('Phones face down');
    await page.getByRole('button', { name: 'Add agreement' }).click();
    await adding.pressSequentially('Start on time', { delay: 20 });
    await app.reload();
    const list = page.getByRole('list', { name: 'Agreements' });
    await expect
      .poll(() => list.getByRole('textbox').last().inputValue(), { message: 'an added line kept' })
      .toBe('Phones face down');
    await expect
      .poll(() => adding.inputValue(), { message: 'a line being typed kept' })
      .toBe('Start on time');
    await page.getByText('You have unsaved changes.').waitFor();
    await screenshot(page, 'drafts-agreements-kept');
    await expectNoAxeViolations(page, 'agreements draft');

    await page.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('button', { name: 'Yes, discard my changes' }).click();
    await expect
      .poll(() => list.getByRole('textbox').last().inputValue())
      .not.toBe('Phones face down');
    await app.reload();
    await expect
      .poll(async () =>
        (
          await list
            .getByRole('textbox')
            .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))
        ).includes('Phones face down'),
      )
      .toBe(false);
    // The new line being typed was not part of the discarded list: still there.
    await expect.poll(() => adding.inputValue()).toBe('Start on time');
  });
});

describe('a schema upgrade opened in another tab while someone types', () => {
  test('every character is saved, and Reload now brings them all back', async ({ openApp }) => {
    const { app, page, context } = await openApp();
    const team = uniqueTeamName();
    const huddle = new HuddlePage(page);
    await app.goto('/');
    await app.createTeam(team);
    await seedPlan(page);
    await app.goto('/');
    await openLobby(page, team);
    await huddle.addPeople(['Kai']);
    await huddle.button('Start huddle').click();
    await huddle.waitForStep('What we will try next');
    const what = page.getByLabel('What will we do?');
    await what.fill('Before the upgrade.');

    const other = await context.newPage();
    await other.goto(new URL('/library', page.url()).href);
    await other.getByRole('heading', { level: 1 }).first().waitFor();
    const typed = ' Typed while another tab upgrades the data, letter by letter.';
    await what.press('End');
    const [upgrade] = await Promise.all([
      other.evaluate(
        () =>
          new Promise<{ opened: boolean; blocked: boolean }>((ok) => {
            let blocked = false;
            const request = indexedDB.open('parallel-process', 1000);
            request.onblocked = () => {
              blocked = true;
            };
            request.onupgradeneeded = () => {
              request.result.createObjectStore('addedByANewerVersion');
            };
            request.onsuccess = () => {
              request.result.close();
              ok({ opened: true, blocked });
            };
            request.onerror = () => ok({ opened: false, blocked });
          }),
      ),
      what.pressSequentially(typed, { delay: 30 }),
    ]);
    expect(upgrade).toEqual({ opened: true, blocked: false });
    const banner = page.getByRole('status').filter({ hasText: 'A newer version' });
    await banner.waitFor();
    await screenshot(page, 'drafts-upgrade-banner');
    await expectNoAxeViolations(page, 'upgrade banner');
    // Saving still works: the whole text reaches the database the newer tab uses.
    await expect
      .poll(async () => (await storedDrafts(other)).commitment)
      .toMatchObject({ text: `Before the upgrade.${typed}` });

    await what.pressSequentially(' And after.', { delay: 30 });
    await banner.getByRole('button', { name: 'Reload now' }).click();
    await page.waitForEvent('load');
    await huddle.waitForStep('What we will try next');
    await expect
      .poll(() => what.inputValue(), { message: 'no character lost' })
      .toBe(`Before the upgrade.${typed} And after.`);
    await other.close();
  });
});
