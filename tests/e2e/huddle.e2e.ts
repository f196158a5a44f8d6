// Acceptance tests of the huddle issue: a full "Weekly pillar huddle" with four people (round,
// anonymous pass-the-device, pulse, a pass, commitments, summary) including a reload in the
// middle of the private step; a second huddle that reviews the first one's commitments; the room
// screen never showing an unrevealed answer; axe on every screen; and a huddle run by keyboard.
import type { Page } from 'playwright-core';
import { uniqueTeamName } from './support/app-page';
import { expectNoAxeViolations } from './support/axe';
import { describe, expect, test } from './support/fixtures';
import { HuddlePage } from './support/huddle-page';
import { screenshot } from './support/screenshots';

const PEOPLE = ['Ana', 'Ben', 'Cleo', 'Dev'];

async function check(page: Page, name: string) {
  await screenshot(page, `huddle-${name}`);
  await expectNoAxeViolations(page, name);
}

async function openWeeklyHuddle(page: Page, team: string) {
  await page.getByRole('link', { name: 'Facilitate', exact: true }).click();
  await page.getByLabel('Team', { exact: true }).selectOption({ label: team });
  await page.getByRole('radio', { name: /Weekly pillar huddle/ }).check();
  // Parallel Process has only open prompts, so the steps below always get a text box.
  await page.getByLabel('Focus pillar').selectOption('parallel');
  await page.getByRole('button', { name: 'Open the huddle' }).click();
  await page.getByRole('heading', { level: 1, name: /who is here/ }).waitFor();
}

/** The room screen's whole text, for "never shows" checks. */
async function roomText(room: Page): Promise<string> {
  return room.evaluate(() => document.body.innerText);
}

describe('running a huddle', () => {
  test('a full weekly huddle with four people, a reload mid-way, the room screen and a follow-up', async ({
    session: { app, page, context },
  }) => {
    const team = uniqueTeamName();
    const huddle = new HuddlePage(page);
    await app.goto('/');
    await app.createTeam(team);
    await openWeeklyHuddle(page, team);
    await huddle.addPeople(PEOPLE);
    await check(page, 'lobby');

    // The room screen: a second window that follows this one.
    const [room] = await Promise.all([
      context.waitForEvent('page'),
      huddle.button('Open room screen').click(),
    ]);
    await room.waitForLoadState();
    await room.getByText('Our agreements').first().waitFor();
    await screenshot(room, 'room-lobby');
    await expectNoAxeViolations(room, 'room screen (lobby)');

    await huddle.button('Start huddle').click();

    // 1. Check-in, a round: the facilitator types what each person says; Dev passes.
    await huddle.waitForStep('Check-in');
    for (const name of PEOPLE.slice(0, 3)) {
      await page.getByRole('heading', { name: `${name}'s turn` }).waitFor();
      await huddle.turn.getByRole('button', { name: 'hopeful' }).click();
      await huddle.turn.getByLabel('What is your goal today?').fill(`${name} goal: finish notes`);
      await huddle.turn.getByLabel('Who can you ask for help?').fill(`${name} asks the team`);
      if (name === 'Ana') await check(page, 'round');
      await huddle.button('Done — next person').click();
    }
    await page.getByRole('heading', { name: "Dev's turn" }).waitFor();
    await huddle.turn.getByRole('button', { name: /^Pass/ }).click();
    await page.getByText('Everyone has had a turn.').waitFor();
    await page.getByText('1 person passed').first().waitFor();
    await huddle.next();

    // 2. Nothing to review yet in a team's first huddle.
    await huddle.waitForStep("Last time's commitments");
    await page.getByText('No commitments are waiting for review.').waitFor();
    await huddle.next();

    // 3. Talk it through (round, one Shift Power prompt).
    await huddle.waitForStep('Talk it through');
    for (const name of PEOPLE) {
      await page.getByRole('heading', { name: `${name}'s turn` }).waitFor();
      // Rotation may draw an open prompt or a choice prompt: answer whichever is on screen.
      const box = huddle.turn.locator('textarea').first();
      if (await box.count()) await box.fill(`${name} says families were not asked`);
      else await huddle.turn.getByRole('radio').first().check();
      await huddle.button('Done — next person').click();
    }
    await huddle.next();

    // 4. One more, privately: anonymous pass-the-device, with a reload half-way.
    await huddle.waitForStep('One more, privately');
    await check(page, 'handoff');
    await huddle.beginTurn();
    await check(page, 'writing');
    await huddle.writing.locator('textarea').first().fill('SECRET-ONE supervision felt unsafe');
    await huddle.waitSaved(huddle.writing);
    await huddle.handOn();
    await huddle.beginTurn();
    await huddle.writing.locator('textarea').first().fill('SECRET-TWO we need a say in rotas');
    await huddle.waitSaved(huddle.writing);
    expect(await roomText(room)).not.toContain('SECRET');

    await app.reload();
    await huddle.waitForStep('One more, privately');
    // The second person had not pressed Done: their turn is not over, and comes back to them.
    await page.getByText(/1 of 4 people have had a\s+turn/).waitFor();
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('SECRET');
    expect(await roomText(room)).not.toContain('SECRET');
    await huddle.beginTurn();
    expect(await huddle.writing.locator('textarea').first().inputValue()).toBe(
      'SECRET-TWO we need a say in rotas',
    );
    await huddle.handOn();

    await huddle.beginTurn();
    await huddle.writing.locator('textarea').first().fill('SECRET-THREE more laughter');
    await huddle.handOn();
    expect(await roomText(room)).not.toContain('SECRET');
    await huddle.beginTurn();
    await huddle.writing.locator('textarea').first().fill('SECRET-FOUR less paperwork');
    expect(await roomText(room)).not.toContain('SECRET');
    await huddle.handOn();
    // Everyone is in: the answers are revealed, on both screens.
    await page.getByText('SECRET-FOUR less paperwork').waitFor();
    await room.getByText('SECRET-ONE supervision felt unsafe').waitFor();
    await check(page, 'revealed');
    await screenshot(room, 'room-revealed');
    await expectNoAxeViolations(room, 'room screen (revealed)');
    await huddle.next();

    // 5. Team pulse: each person taps 1–5 for seven statements; only the spread is shown.
    await huddle.waitForStep('Team pulse');
    for (const [i, rating] of ['4', '5', '3', '4'].entries()) {
      await huddle.beginTurn();
      if (i === 0) await check(page, 'pulse-writing');
      const scales = huddle.writing.locator('fieldset.scale-input');
      const count = await scales.count();
      expect(count).toBe(7);
      for (let s = 0; s < count; s += 1) {
        await scales
          .nth(s)
          .getByRole('radio', { name: new RegExp(`^${rating}:`) })
          .check();
      }
      await huddle.handOn();
    }
    await page.getByText('4 answers · average 4.0').first().waitFor();
    await check(page, 'pulse-revealed');
    await huddle.next();

    // 6. Commitments.
    await huddle.waitForStep('What we will try next');
    await page.getByLabel('What will we do?').fill('Ask two families before changing hours');
    await page.getByLabel('Who (optional)').fill('Ana');
    await huddle.button('Add commitment').click();
    await page
      .locator('.commitment-list .commitment-text', { hasText: 'Ask two families' })
      .waitFor();
    await check(page, 'commitments');
    await huddle.next();

    // 7. Closing, then the summary.
    await huddle.waitForStep('Closing');
    await huddle.next();
    await page.getByRole('heading', { name: 'Thank you, everyone' }).waitFor();
    await check(page, 'summary-phase');
    await huddle.button('Finish and save the summary').click();
    await page.waitForURL(/\/history\//);
    await page.getByText('SECRET-TWO we need a say in rotas').waitFor();
    const summary = await page.evaluate(() => document.body.innerText);
    expect(summary).toContain('Ask two families before changing hours');
    expect(summary).toMatch(/4 (people )?present|Present: 4|4 people/i);
    await check(page, 'history-summary');
    await room
      .getByText(/Thank you/i)
      .first()
      .waitFor();

    // A second huddle opens by reviewing the first one's commitment.
    await openWeeklyHuddle(page, team);
    await page.getByRole('button', { name: 'Everyone on the list is here' }).click();
    await huddle.button('Start huddle').click();
    await huddle.waitForStep('Check-in');
    await huddle.next();
    await huddle.waitForStep("Last time's commitments");
    const item = page.locator('.review-item', {
      hasText: 'Ask two families before changing hours',
    });
    await item.getByRole('radio', { name: 'Done' }).check();
    await check(page, 'review');
    await page.getByRole('button', { name: 'End early' }).click();
    await page.getByRole('button', { name: 'Yes, end the huddle' }).click();
    await huddle.button('Finish and save the summary').click();
    await page.waitForURL(/\/history\//);
    await page.getByText('Ask two families before changing hours').first().waitFor();
    await room.close();
  });

  test('the whole flow can be driven by keyboard alone', async ({ session: { app, page } }) => {
    const team = uniqueTeamName();
    await app.goto('/');
    await app.createTeam(team);
    const huddle = new HuddlePage(page);

    /** Presses Tab until the focused element's text or label matches, then returns. */
    async function tabTo(name: RegExp, limit = 120) {
      for (let i = 0; i < limit; i += 1) {
        await page.keyboard.press('Tab');
        const label = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return '';
          const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
          return `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''} ${labelled}`;
        });
        if (name.test(label)) return;
      }
      throw new Error(`Tab never reached ${name}`);
    }

    await tabTo(/^\s*Facilitate/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Facilitate a huddle' }).waitFor();
    // Tab lands on the checked plan; arrow keys move through the radio group.
    await tabTo(/Weekly pillar huddle/);
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowLeft');
    await page.getByRole('radio', { name: /10-minute check-in/, checked: true }).waitFor();
    await tabTo(/Open the huddle/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /who is here/ }).waitFor();
    await tabTo(/Someone else in the room/);
    await page.keyboard.type('Kai');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Remove Kai' }).waitFor();
    // Focus stays in the box after adding, ready for the next name.
    await page.keyboard.type('Lee');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Remove Lee' }).waitFor();
    await tabTo(/Start huddle/);
    await page.keyboard.press('Enter');
    await huddle.waitForStep('Check-in');

    // Kai answers; typing "n" in the box must not move the huddle on.
    await tabTo(/What is your goal today/);
    await page.keyboard.type('Plan the new intake');
    await tabTo(/Done — next person/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: "Lee's turn" }).waitFor();
    // Lee passes with the shortcut (focus is on a button, not in a text box).
    await tabTo(/Come back to them/);
    await page.keyboard.press('p');
    await page.getByText('Everyone has had a turn.').waitFor();
    await page.keyboard.press('n');
    await huddle.waitForStep(/Closing/);
    await page.keyboard.press('b');
    await huddle.waitForStep('Check-in');
    await page.keyboard.press('g');
    await page.getByRole('dialog', { name: 'Grounding moment' }).waitFor();
    await check(page, 'grounding');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Grounding moment' }).waitFor({ state: 'detached' });
    await page.keyboard.press('n');
    await huddle.waitForStep(/Closing/);
    await page.keyboard.press('n');
    await page.getByRole('heading', { name: 'Thank you, everyone' }).waitFor();
    await tabTo(/Finish and save the summary/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/history\//);
    await page.getByText('Plan the new intake').waitFor();
  });
});
