// Browser tests of issue 10, items 6 and 7: "End early" ends the huddle at once (History and
// its "Closed early" filter say where it stopped, and the team can start another), and a reload
// brings the step timer back as it was (running stays running, on the room screen too).
import type { Page } from 'playwright-core';
import { uniqueTeamName } from './support/app-page';
import { expectNoAxeViolations } from './support/axe';
import { describe, expect, test } from './support/fixtures';
import { HuddlePage } from './support/huddle-page';
import { screenshot } from './support/screenshots';

async function openCheckIn(page: Page, team: string) {
  await page.getByRole('link', { name: 'Facilitate', exact: true }).click();
  await page.getByLabel('Team', { exact: true }).selectOption({ label: team });
  await page.getByRole('radio', { name: /Weekly pillar huddle/ }).check();
  await page.getByRole('button', { name: 'Open the huddle' }).click();
  await page.getByRole('heading', { level: 1, name: /who is here/ }).waitFor();
}

/** Seconds left on the facilitator's step timer ("1:58", "+0:03" when over). */
async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.locator('.timer-readout').innerText()).trim();
  const match = /(\+?)(\d+):(\d{2})/.exec(text);
  if (!match) throw new Error(`No time in "${text}"`);
  const value = Number(match[2]) * 60 + Number(match[3]);
  return match[1] ? -value : value;
}

describe('ending a huddle early', () => {
  test('ends it at once: History lists it as closed early at the step it stopped at', async ({
    session: { app, page, context },
  }) => {
    const team = uniqueTeamName();
    const huddle = new HuddlePage(page);
    await app.goto('/');
    await app.createTeam(team);
    await openCheckIn(page, team);
    await huddle.addPeople(['Ana', 'Ben']);
    await huddle.button('Start huddle').click();
    await huddle.waitForStep('Check-in');
    await huddle.button('End early').click();
    await huddle.button('Yes, end the huddle').click();
    await page.getByRole('heading', { name: 'Thank you, everyone' }).waitFor();
    await page.getByText(/closed early at step 1 of \d+/).waitFor();
    expect(await huddle.button('Back to the last step').count()).toBe(0);
    await screenshot(page, 'flow-ended-early-summary');
    await expectNoAxeViolations(page, 'summary after ending early');

    // "Finish" not pressed yet: another tab already finds the huddle ended.
    const other = await context.newPage();
    await other.goto(app.url('/history'));
    await other.getByLabel('Status', { exact: true }).selectOption({ label: 'Closed early' });
    const row = other.locator('.history-row', { hasText: team });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Closed early/);
    expect(await row.innerText()).toMatch(/stopped at step 1 of \d+/);
    expect(await row.getByRole('link', { name: /^Resume/ }).count()).toBe(0);
    await screenshot(other, 'flow-history-closed-early');
    await expectNoAxeViolations(other, 'history filtered to closed early');
    // The team can start another huddle straight away.
    await openCheckIn(other, team);
    await other.close();

    await huddle.button('Finish and save the summary').click();
    await page.waitForURL(/\/history\//);
    await page.getByText(/Closed early at step 1 of \d+/).waitFor();
  });
});

describe('a reload keeps the timer as it was', () => {
  test('a running timer keeps running after a reload, on both screens and on later steps', async ({
    session: { app, page, context },
  }) => {
    const team = uniqueTeamName();
    const huddle = new HuddlePage(page);
    await app.goto('/');
    await app.createTeam(team);
    await openCheckIn(page, team);
    await huddle.addPeople(['Ana', 'Ben']);
    const [room] = await Promise.all([
      context.waitForEvent('page'),
      huddle.button('Open room screen').click(),
    ]);
    await room.waitForLoadState();
    await huddle.button('Start huddle').click();
    await huddle.waitForStep('Check-in');
    await huddle.button(/^Pause timer/).waitFor();
    await page.waitForTimeout(2_100);
    const before = await secondsLeft(page);

    await app.reload();
    await huddle.waitForStep('Check-in');
    // Still running: no "Resume" offered, and the clock keeps counting down.
    await huddle.button(/^Pause timer/).waitFor();
    expect(await page.locator('.timer-state').count()).toBe(0);
    const after = await secondsLeft(page);
    expect(after).toBeLessThanOrEqual(before);
    await expect.poll(() => secondsLeft(page), { timeout: 5_000 }).toBeLessThan(after);
    await room.locator('.room-timer').waitFor();
    await expect.poll(() => room.locator('.room-timer-state').count()).toBe(0);
    await screenshot(page, 'flow-timer-after-reload');

    // The next step's clock starts by itself.
    await huddle.next();
    await huddle.waitForStep("Last time's commitments");
    await huddle.button(/^Pause timer/).waitFor();
    const next = await secondsLeft(page);
    await expect.poll(() => secondsLeft(page), { timeout: 5_000 }).toBeLessThan(next);
    await expect.poll(() => room.locator('.room-timer-state').count()).toBe(0);

    // A paused timer stays paused across a reload.
    await huddle.button(/^Pause timer/).click();
    await huddle.button(/^Resume timer/).waitFor();
    await app.reload();
    await huddle.button(/^Resume timer/).waitFor();
    await room.getByText('Paused').waitFor();
    await room.close();
  });
});

describe('the room screen and a spoken round', () => {
  test('shows a round answer when its turn is done, not while it is typed', async ({
    session: { app, page, context },
  }) => {
    const team = uniqueTeamName();
    const huddle = new HuddlePage(page);
    await app.goto('/');
    await app.createTeam(team);
    await openCheckIn(page, team);
    await huddle.addPeople(['Ana', 'Ben']);
    const [room] = await Promise.all([
      context.waitForEvent('page'),
      huddle.button('Open room screen').click(),
    ]);
    await room.waitForLoadState();
    await huddle.button('Start huddle').click();
    await huddle.waitForStep('Check-in');
    await page.getByRole('heading', { name: "Ana's turn" }).waitFor();
    await huddle.turn.getByLabel('What is your goal today?').fill('ROUND-ANA finish the rota');
    await huddle.waitSaved(huddle.turn);
    await room.getByRole('heading', { name: 'What is your goal today?' }).waitFor();
    // Saved, on disk, and still not on the wall: the turn is not done.
    await page.waitForTimeout(500);
    expect(await room.evaluate(() => document.body.innerText)).not.toContain('ROUND-ANA');
    await huddle.button('Done — next person').click();
    await page.getByRole('heading', { name: "Ben's turn" }).waitFor();
    await room.getByText('ROUND-ANA finish the rota').waitFor();
    await huddle.turn.getByLabel('What is your goal today?').fill('ROUND-BEN half typed');
    await huddle.waitSaved(huddle.turn);
    await page.waitForTimeout(500);
    expect(await room.evaluate(() => document.body.innerText)).not.toContain('ROUND-BEN');
    await screenshot(room, 'flow-room-round-turn-done');
    await expectNoAxeViolations(room, 'room screen during a round');
    await room.close();
  });
});

describe('writing after an early reveal', () => {
  test('the writer is told their answer shows as soon as they press Done', async ({
    session: { app, page },
  }) => {
    const team = uniqueTeamName();
    const huddle = new HuddlePage(page);
    await app.goto('/');
    await app.createTeam(team);
    await openCheckIn(page, team);
    await huddle.addPeople(['Ana', 'Ben', 'Cleo']);
    await huddle.button('Start huddle').click();
    await huddle.waitForStep('Check-in');
    for (const title of ["Last time's commitments", 'Talk it through', 'One more, privately']) {
      await huddle.button(/^Skip step/).click();
      await huddle.waitForStep(title);
    }
    await huddle.beginTurn();
    await huddle.writing.getByText('Nobody sees it until the answers are revealed.').waitFor();
    await huddle.writing.locator('textarea').first().fill('First private answer');
    await huddle.waitSaved(huddle.writing);
    await huddle.handOn();
    await huddle.button(/^Reveal answers/).click();
    await huddle.beginTurn();
    await huddle.writing
      .getByText(/already revealed: yours is shown to everyone as soon as you press Done/)
      .waitFor();
    expect(await huddle.writing.innerText()).not.toContain('Nobody sees');
    await screenshot(page, 'flow-writing-after-reveal');
    await expectNoAxeViolations(page, 'writing after an early reveal');
  });
});
