// Acceptance test of the lock: a passphrase set in Settings, a huddle answer typed, "Lock now"
// shows a lock screen with nothing of the data in the page, a wrong then the right passphrase,
// the huddle back where it was, participant mode hiding History, Insights and Settings (also
// after a reload), and axe on the lock screen and the Settings section.
import type { Page } from 'playwright-core';
import { uniqueTeamName } from './support/app-page';
import { expectNoAxeViolations } from './support/axe';
import { describe, expect, test } from './support/fixtures';
import { HuddlePage } from './support/huddle-page';
import { screenshot } from './support/screenshots';

const PASSPHRASE = 'violet lantern harbour';
const SECRET = 'LOCK-SECRET my supervisor never asks';

/** Everything in the page: text, attributes, form values and the tab title. */
async function wholePage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea')].map(
      (el) => (el as HTMLInputElement).value,
    );
    return [document.title, document.documentElement.outerHTML, ...values].join('\n');
  });
}

async function unlock(page: Page, passphrase: string) {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

const lockHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: 'Parallel Process is locked' });

describe('lock and encryption', () => {
  test('passphrase, lock now, wrong then right passphrase, participant mode', async ({
    session: { app, page, context },
  }) => {
    const team = uniqueTeamName();
    await app.goto('/');
    await app.createTeam(team);

    // 1. Settings › Lock and encryption.
    await app.navLink('Settings').click();
    const section = page.getByRole('region', { name: 'Lock and encryption' });
    await section.waitFor();
    await section.getByLabel('New passphrase').fill(PASSPHRASE);
    await section.getByLabel('Confirm passphrase').fill(PASSPHRASE);
    await section.getByLabel(/forgotten passphrase cannot be reset/).check();
    await expectNoAxeViolations(page, 'Settings with the lock section (off)');
    await section.getByRole('button', { name: 'Turn on the lock' }).click();
    await section
      .getByText('Done: the stored data is encrypted.', { exact: true })
      .waitFor({ timeout: 30_000 });
    await screenshot(page, 'lock-settings-on');
    await expectNoAxeViolations(page, 'Settings with the lock section (on)');

    // 2. A short huddle answer.
    const huddle = new HuddlePage(page);
    await app.navLink('Facilitate').click();
    await page.getByLabel('Team', { exact: true }).selectOption({ label: team });
    await page.getByRole('radio', { name: /Weekly pillar huddle/ }).check();
    await page.getByLabel('Focus pillar').selectOption('parallel');
    await page.getByRole('button', { name: 'Open the huddle' }).click();
    await page.getByRole('heading', { level: 1, name: /who is here/ }).waitFor();
    await huddle.addPeople(['Ana']);
    await huddle.button('Start huddle').click();
    await huddle.waitForStep('Check-in');
    await page.getByRole('heading', { name: "Ana's turn" }).waitFor();
    await huddle.turn.getByLabel('What is your goal today?').fill(SECRET);
    await huddle.waitSaved(huddle.turn);
    const huddleUrl = page.url();

    // 3. Lock now: the lock screen, and nothing of the data anywhere in the page.
    await page.getByRole('button', { name: 'Lock now' }).click();
    await lockHeading(page).waitFor();
    const locked = await wholePage(page);
    expect(locked).not.toContain('LOCK-SECRET');
    expect(locked).not.toContain(team);
    expect(locked).not.toContain('Ana');
    await expect(page.getByRole('navigation', { name: 'Main' }).count()).resolves.toBe(0);
    await screenshot(page, 'lock-screen');
    await expectNoAxeViolations(page, 'lock screen');

    // 4. A wrong passphrase: a clear error, still locked, still nothing shown.
    await unlock(page, 'not the passphrase');
    await page.getByText(/That passphrase is not right/).waitFor({ timeout: 15_000 });
    expect(await lockHeading(page).isVisible()).toBe(true);
    expect(await wholePage(page)).not.toContain('LOCK-SECRET');
    await expectNoAxeViolations(page, 'lock screen with an error');

    // 5. The right passphrase: the huddle is back on its step, the answer with it.
    await unlock(page, PASSPHRASE);
    await huddle.waitForStep('Check-in');
    expect(page.url()).toBe(huddleUrl);
    // The huddle restores from what was saved (as after a reload): Ana's answer is there.
    await page.getByText(SECRET).first().waitFor();

    // The room screen (another window) gets the key from this one, and locks with it.
    const [room] = await Promise.all([
      context.waitForEvent('page'),
      huddle.button('Open room screen').click(),
    ]);
    await room.waitForLoadState();
    await room.getByText('Check-in').first().waitFor();
    await page.getByRole('button', { name: 'Lock now' }).click();
    await lockHeading(room).waitFor();
    expect(await wholePage(room)).not.toContain('LOCK-SECRET');
    await unlock(page, PASSPHRASE);
    await room.getByText('Check-in').first().waitFor();
    // Closed now: an unlocked window would hand the key to the reloads below.
    await room.close();

    // 6. Participant mode: no navigation; History, Insights, Settings behind the lock.
    await page.getByRole('button', { name: 'Participant mode' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor({ state: 'detached' });
    for (const name of ['History', 'Insights', 'Settings', 'Library']) {
      await expect(page.getByRole('link', { name, exact: true }).count()).resolves.toBe(0);
    }
    await huddle.waitForStep('Check-in');
    await screenshot(page, 'lock-participant-huddle');

    // Typing an address (a full reload) starts locked, and stays in participant mode after.
    for (const path of ['/history', '/insights', '/settings']) {
      await page.goto(app.url(path));
      await lockHeading(page).waitFor();
      await unlock(page, PASSPHRASE);
      await page.getByRole('heading', { level: 1, name: 'This page is behind the lock' }).waitFor();
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).not.toContain('LOCK-SECRET');
      await expect(page.getByRole('navigation', { name: 'Main' }).count()).resolves.toBe(0);
    }
    await expectNoAxeViolations(page, 'participant mode, blocked page');

    // Leaving takes the passphrase.
    await page.getByRole('button', { name: 'Leave participant mode' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Leave participant mode' }).click();
    await app.navLink('Settings').waitFor();
    await page.getByRole('region', { name: 'Lock and encryption' }).waitFor();
  });
});
