// Accessibility of the live huddle (issue 10, items 8, 12, 13, 14, 15 and the rough edges): a
// huddle walked through the lobby and every step kind and answer mode (round check-in with
// feelings, private writing and hand-off, an early reveal, anonymous, pulse, commitments) to the
// summary, with axe on each state; focus on each new screen's heading and each new turn; the
// live region's words; Enter pressed twice on Next moving one step only; facilitator controls
// hidden while a participant writes.
import type { Page } from 'playwright-core';
import { CHECKIN_PROMPT_IDS, PULSE_PROMPT_IDS } from '../../src/domain/library/prompts';
import { uniqueTeamName } from './support/app-page';
import { expectNoAxeViolations } from './support/axe';
import { describe, expect, test } from './support/fixtures';
import { HuddlePage } from './support/huddle-page';
import { screenshot } from './support/screenshots';
import { seedTables } from './support/seed';

const PLAN_NAME = 'Accessibility walk';
const PEOPLE = ['Ana', 'Ben', 'Cleo'];

const AT = Date.UTC(2026, 0, 5);
const PLAN = {
  id: 'e2e-a11y-plan',
  name: PLAN_NAME,
  description: 'Every answer mode in one short huddle.',
  builtIn: false,
  retired: false,
  createdAt: AT,
  updatedAt: AT,
  steps: [
    {
      id: 'a-checkin',
      kind: 'prompts',
      title: 'Check-in',
      mode: 'round',
      timeBoxSec: 240,
      source: { type: 'prompts', promptIds: [...CHECKIN_PROMPT_IDS] },
    },
    {
      id: 'a-private',
      kind: 'prompts',
      title: 'Private thoughts',
      mode: 'private',
      timeBoxSec: 120,
      source: { type: 'prompts', promptIds: ['bi-par-02'] },
    },
    // bi-par-01 carries a facilitator note: it must not show on the writing screen.
    {
      id: 'a-anon',
      kind: 'prompts',
      title: 'Unsigned',
      mode: 'anonymous',
      timeBoxSec: 120,
      source: { type: 'prompts', promptIds: ['bi-par-01'] },
    },
    {
      id: 'a-pulse',
      kind: 'prompts',
      title: 'Pulse',
      mode: 'pulse',
      timeBoxSec: 120,
      source: { type: 'prompts', promptIds: [PULSE_PROMPT_IDS[0]] },
    },
    { id: 'a-commit', kind: 'commitments', title: 'Commitments', mode: 'round', timeBoxSec: 120 },
  ],
};

async function check(page: Page, name: string) {
  await screenshot(page, `a11y-huddle-${name}`);
  await expectNoAxeViolations(page, name);
}

/** What the huddle's polite live region says now, once it says `text`. */
async function heard(page: Page, text: string) {
  await page
    .waitForFunction(
      (want) => document.getElementById('huddle-announcer')?.textContent === want,
      text,
      { timeout: 5000 },
    )
    .catch(async () => {
      const said = await page.locator('#huddle-announcer').textContent();
      throw new Error(`The live region says "${said}", not "${text}"`);
    });
}

/** The focused element's accessible-ish description, for assertions. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: '', text: '', inView: false };
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      text: el.textContent?.trim() ?? '',
      inView: box.top >= 0 && box.bottom <= window.innerHeight,
    };
  });
}

async function expectFocusOn(page: Page, tag: string, text: string) {
  await page
    .waitForFunction(
      ([t, x]) =>
        document.activeElement?.tagName.toLowerCase() === t &&
        document.activeElement?.textContent?.trim() === x,
      [tag, text] as const,
      { timeout: 5000 },
    )
    .catch(async () => {
      throw new Error(`Focus is on ${JSON.stringify(await focused(page))}, not <${tag}> "${text}"`);
    });
  expect((await focused(page)).inView).toBe(true);
}

describe('the live huddle for keyboard and screen-reader users', () => {
  test('every state passes axe; focus, announcements and a double Enter behave', async ({
    session: { app, page },
  }) => {
    const team = uniqueTeamName();
    const huddle = new HuddlePage(page);
    await app.goto('/');
    await app.createTeam(team);
    await seedTables(page, { plans: [PLAN] });

    await page.getByRole('link', { name: 'Facilitate', exact: true }).click();
    await page.getByLabel('Team', { exact: true }).selectOption({ label: team });
    await page.getByRole('radio', { name: new RegExp(PLAN_NAME) }).check();
    await page.getByRole('button', { name: 'Open the huddle' }).click();
    // Item 15: focus is on the lobby's heading, not the page body.
    await expectFocusOn(page, 'h1', 'Welcome — who is here today?');
    await huddle.addPeople(PEOPLE);
    await check(page, 'lobby');

    await huddle.button('Start huddle').click();
    await expectFocusOn(page, 'h1', 'Check-in');
    await heard(page, "Step 1 of 5: Check-in. Ana's turn.");
    await check(page, 'round-checkin');

    // Item 13: the key is not in the name; it is aria-keyshortcuts.
    const pass = huddle.turn.getByRole('button', { name: 'Pass', exact: true });
    expect(await pass.getAttribute('aria-keyshortcuts')).toBe('P');
    expect(await huddle.button('Come back to them').getAttribute('aria-keyshortcuts')).toBe('H');

    // Item 14: one tab stop per feeling family; arrows move within it (and never change step).
    const stops = await huddle.turn.locator('.feeling-picker button[tabindex="0"]').count();
    expect(stops).toBe(11);
    await huddle.turn.getByRole('button', { name: 'calm' }).focus();
    await page.keyboard.press('ArrowRight');
    await expectFocusOn(page, 'button', 'content');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expectFocusOn(page, 'button', 'peaceful');
    await page.keyboard.press('Space');
    expect(await page.getByRole('button', { name: 'peaceful' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.getByRole('heading', { level: 1, name: 'Check-in' }).waitFor();
    await huddle.turn.getByLabel('What is your goal today?').fill('Ana: finish the notes');
    await huddle.button('Done — next person').click();
    // The next person is focused and on screen (it used to be scrolled away), and announced.
    await expectFocusOn(page, 'h2', "Ben's turn");
    await heard(page, "Ben's turn.");
    await pass.click();
    await expectFocusOn(page, 'h2', "Cleo's turn");
    await heard(page, "Cleo's turn.");
    await huddle.button('Done — next person').click();
    await heard(page, 'The round is complete.');
    await check(page, 'round-complete');

    // Item 8: Enter twice on Next moves one step, and focus lands on the new step's heading.
    await page.locator('.flow-controls button', { hasText: /^Next/ }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expectFocusOn(page, 'h1', 'Private thoughts');
    await page.waitForTimeout(500);
    await expect(page.locator('.step-kicker').textContent()).resolves.toMatch(/^Step 2 of 5/);
    await heard(page, 'Step 2 of 5: Private thoughts. Pass the device to Ana. Turn 1 of 3.');
    await check(page, 'private-handoff');

    // Private writing: the facilitator's controls are gone while Ana holds the device.
    await huddle.beginTurn();
    for (const name of ['End early', 'Skip step', 'Back']) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    expect(await page.getByRole('button', { name: /^Next/ }).count()).toBe(0);
    await check(page, 'private-writing');
    await huddle.writing.locator('textarea').first().fill('Ana, privately');
    await huddle.handOn();
    await expectFocusOn(page, 'h2', 'Pass the device to Ben');
    await heard(page, 'Pass the device to Ben. Turn 2 of 3.');
    expect(await page.getByRole('button', { name: 'End early' }).count()).toBe(1);
    await huddle.button('Reveal answers').click();
    await page.getByText('Ana, privately').waitFor();
    await check(page, 'private-revealed-early');
    await huddle.next();

    // Anonymous: notes are on the hand-off screen only; nothing said names anyone.
    await expectFocusOn(page, 'h1', 'Unsigned');
    await heard(page, 'Step 3 of 5: Unsigned. Pass the device to the next person. Turn 1 of 3.');
    await page.getByText('Facilitator notes (for you, not the room)').waitFor();
    await huddle.beginTurn();
    expect(await page.getByText('Facilitator notes (for you, not the room)').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'End early' }).count()).toBe(0);
    await check(page, 'anonymous-writing');
    await huddle.writing.locator('textarea').first().fill('Unsigned words');
    await huddle.handOn();
    await heard(page, 'Pass the device to the next person. Turn 2 of 3.');
    for (let i = 0; i < 2; i += 1) {
      await page.getByRole('button', { name: 'Pass', exact: true }).click();
    }
    await heard(page, 'All answers are in.');
    await page.getByText('Unsigned words').waitFor();
    await check(page, 'anonymous-revealed');
    const said = await page.locator('#huddle-announcer').textContent();
    for (const name of PEOPLE) expect(said).not.toContain(name);
    await huddle.next();

    // Pulse: one statement, three taps.
    await expectFocusOn(page, 'h1', 'Pulse');
    for (const [i, rating] of ['4', '5', '3'].entries()) {
      await huddle.beginTurn();
      await huddle.writing.getByRole('radio', { name: new RegExp(`^${rating}:`) }).check();
      if (i === 0) await check(page, 'pulse-writing');
      await huddle.handOn();
    }
    await page.getByText('3 answers · average 4.0').first().waitFor();
    await check(page, 'pulse-revealed');
    await huddle.next();

    await expectFocusOn(page, 'h1', 'Commitments');
    await check(page, 'commitments');
    await huddle.next();
    await expectFocusOn(page, 'h1', 'Thank you, everyone');
    await heard(page, 'Summary.');
    await check(page, 'summary');

    // The shortcuts dialog says what H does where its badge is.
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('in a round, come back to this one later');
    await check(page, 'shortcuts-dialog');
  });
});
