// Acceptance tests of the rough edges a wall screen shows first: a backup whose team, person,
// plan and answer are 20,000 characters long and a person whose name holds a right-to-left
// override never widen a page (Home, the team page, Facilitate, the lobby, the round, the room
// screen, History, a summary, Insights) and are shown isolated; the header stays on one line at
// 1280 px with the lock's buttons, and wraps cleanly on a tablet and a phone. axe on each screen.
import type { Page } from 'playwright-core';
import { dataChecksum } from '../../src/domain/backup/checksum';
import { type AppPage, uniqueTeamName } from './support/app-page';
import { expectNoAxeViolations } from './support/axe';
import { describe, expect, test } from './support/fixtures';
import { HuddlePage } from './support/huddle-page';
import { screenshot } from './support/screenshots';

/** No spaces: only overflow-wrap:anywhere (or a clamp) keeps these from widening a page. */
const long = (word: string) => word.repeat(Math.ceil(20_000 / word.length)).slice(0, 20_000);
const LONG_TEAM = long('Teamname');
const LONG_PERSON = long('Benedikta');
const LONG_PLAN = long('Planname');
const LONG_ANSWER = long('Answertext');
const RLO = '\u202E';
/** With the override in force this displays as "Ana Lee", passing for someone else. */
const SPOOF = `${RLO}eeL anA`;
const PASSPHRASE = 'violet lantern harbour';

interface BackupRecord {
  id: string;
  name?: string;
  [key: string]: unknown;
}
interface BackupJson {
  checksum: { algorithm: string; value: string };
  data: Record<'teams' | 'members' | 'plans' | 'sessions' | 'responses', BackupRecord[]>;
}

/** How far the page scrolls sideways (0 when nothing is wider than the window). */
function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The innermost elements reaching past the window's right edge (to name them in a failure). */
function tooWide(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .filter(
        (el) =>
          ![...el.children].some((c) => c.getBoundingClientRect().right > window.innerWidth + 1),
      )
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().width)} px)`,
      ),
  );
}

async function expectFits(page: Page, label: string) {
  const overflow = await sideways(page);
  expect(
    overflow,
    `${label}: page wider than the window: ${await tooWide(page)}`,
  ).toBeLessThanOrEqual(0);
  await screenshot(page, `rough-edges-${label}`);
  await expectNoAxeViolations(page, label);
}

/** A two-person check-in: Ana answers, Ben passes; the summary is saved. */
async function runCheckIn(page: Page, team: string) {
  const huddle = new HuddlePage(page);
  await page.getByRole('link', { name: 'Facilitate', exact: true }).click();
  await page.getByLabel('Team', { exact: true }).selectOption({ label: team });
  await page.getByRole('radio', { name: /10-minute check-in/ }).check();
  await page.getByRole('button', { name: 'Open the huddle' }).click();
  await page.getByRole('heading', { level: 1, name: /who is here/ }).waitFor();
  await huddle.addPeople(['Ana', 'Ben']);
  await huddle.button('Start huddle').click();
  await huddle.waitForStep('Check-in');
  await huddle.turn.getByLabel('What is your goal today?').fill('A short answer for now');
  await huddle.waitSaved(huddle.turn);
  await huddle.button('Done — next person').click();
  await page.getByRole('heading', { name: "Ben's turn" }).waitFor();
  await huddle.button(/^Pass/).click();
  await page.getByText('Everyone has had a turn.').waitFor();
  await huddle.next();
  await huddle.waitForStep(/Closing/);
  await huddle.next();
  await page.getByRole('heading', { name: 'Thank you, everyone' }).waitFor();
  await huddle.button('Finish and save the summary').click();
  await page.waitForURL(/\/history\//);
}

async function exportEverything(page: Page): Promise<BackupJson> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything' }).click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

/** The backup as another app (or a hand edit) could write it: very long names, a new plan. */
async function withLongNames(file: BackupJson) {
  const data = file.data;
  const [team] = data.teams as [BackupRecord];
  team.name = LONG_TEAM;
  const ben = data.members.find((m) => m.name === 'Ben') as BackupRecord;
  ben.name = LONG_PERSON;
  const checkIn = data.plans.find((p) => /10-minute check-in/.test(p.name ?? '')) as BackupRecord;
  const plan = { ...checkIn, id: crypto.randomUUID(), name: LONG_PLAN, builtIn: false };
  data.plans.push(plan);
  const [session] = data.sessions as [BackupRecord];
  session.planName = LONG_PLAN;
  const answer = data.responses.find((r) => r.text === 'A short answer for now') as BackupRecord;
  answer.text = LONG_ANSWER;
  file.checksum.value = await dataChecksum(data);
  return { text: JSON.stringify(file), teamId: team.id, planId: plan.id, sessionId: session.id };
}

async function importBackup(app: AppPage, text: string) {
  const { page } = app;
  await app.goto('/settings');
  await page.getByLabel('Choose a backup file').setInputFiles({
    name: 'long-names.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
  await page.getByRole('button', { name: 'Apply import' }).click();
  await page.getByText(/^Import finished: \d+ records added/).waitFor();
}

/** The element showing `text` isolates its direction and shows no override character. */
async function expectIsolated(page: Page, shown: string) {
  const found = await page.evaluate((shown) => {
    const el = [...document.querySelectorAll('bdi')].find((b) => b.textContent === shown);
    return el ? getComputedStyle(el).unicodeBidi : null;
  }, shown);
  expect(found, `"${shown}" shown in an isolating element`).toBe('isolate');
  expect(await page.evaluate(() => document.body.textContent?.includes('\u202E'))).toBe(false);
}

describe('long and right-to-left names', () => {
  // Eleven screens, each measured and checked by axe, after a huddle and an import: minutes on a
  // loaded machine.
  test('never widen a page, and a name cannot reverse itself or its neighbours', async ({
    session: { app, page },
    openApp,
  }) => {
    const team = uniqueTeamName();
    await app.goto('/');
    await app.createTeam(team);
    await runCheckIn(page, team);
    await app.navLink('Settings').click();
    const edited = await withLongNames(await exportEverything(page));

    const fresh = await openApp();
    const { page: p, app: a } = fresh;
    await importBackup(a, edited.text);

    await a.goto('/');
    await a.team(LONG_TEAM.slice(0, 40)).waitFor();
    await expectFits(p, 'home');
    await a.goto(`/teams/${edited.teamId}`);
    await p.getByRole('heading', { level: 1, name: LONG_TEAM }).waitFor();
    await expectFits(p, 'team');
    await a.goto('/history');
    await p.getByRole('link', { name: new RegExp(LONG_TEAM.slice(0, 40)) }).waitFor();
    await expectFits(p, 'history');
    await a.goto(`/history/${edited.sessionId}`);
    await p.getByText(LONG_ANSWER).waitFor();
    await expectFits(p, 'summary');
    await a.goto('/insights');
    await p.getByRole('heading', { level: 2, name: 'What keeps coming up' }).waitFor();
    await p.waitForLoadState('networkidle');
    await expectFits(p, 'insights');
    // With a second team, Insights opens on all teams side by side (a row per team name).
    await a.goto('/');
    await a.createTeam('Second team');
    await a.goto('/insights');
    await p.getByRole('heading', { level: 2, name: 'All teams side by side' }).waitFor();
    await p
      .getByRole('link', { name: new RegExp(LONG_TEAM.slice(0, 40)) })
      .first()
      .waitFor();
    await p.waitForLoadState('networkidle');
    await expectFits(p, 'insights-overview');

    // Facilitate with the long plan, then the lobby with a guest whose name is an override.
    await a.goto('/facilitate');
    await p.getByLabel('Team', { exact: true }).selectOption(edited.teamId);
    await p.locator(`input[type="radio"][value="${edited.planId}"]`).check();
    await expectFits(p, 'facilitate');
    await p.getByRole('button', { name: 'Open the huddle' }).click();
    await p.getByRole('heading', { level: 1, name: /who is here/ }).waitFor();
    await p.getByRole('checkbox', { name: LONG_PERSON }).check();
    await p.getByLabel('Someone else in the room').fill(SPOOF);
    await p.getByRole('button', { name: 'Add as guest' }).click();
    await p.getByRole('button', { name: 'Remove eeL anA', exact: true }).waitFor();
    await expectIsolated(p, 'eeL anA');
    await expectFits(p, 'lobby');

    // The room screen's lobby: the team's name in the largest type.
    const huddle = new HuddlePage(p);
    const [room] = await Promise.all([
      fresh.context.waitForEvent('page'),
      huddle.button('Open room screen').click(),
    ]);
    await room.setViewportSize({ width: 1280, height: 720 });
    await room.getByRole('heading', { level: 1, name: LONG_TEAM }).waitFor();
    await expectFits(room, 'room-lobby');

    // The round: the long name and the guest's in the speaker list and the turn heading.
    await huddle.button('Start huddle').click();
    await huddle.waitForStep('Check-in');
    await p.getByRole('heading', { name: `${LONG_PERSON}'s turn` }).waitFor();
    await expectFits(p, 'round-long-name');
    await huddle.button(/^Pass/).click();
    const turn = p.getByRole('heading', { name: "eeL anA's turn" });
    await turn.waitFor();
    // The heading reads name then "'s turn": the override reaches neither.
    expect(await turn.textContent()).toBe("eeL anA's turn");
    await expectIsolated(p, 'eeL anA');
    await expectFits(p, 'round-rtl-name');

    await room.getByRole('heading', { name: 'Check-in' }).first().waitFor();
    await expectFits(room, 'room-round');
  }, 180_000);
});

describe('the header', () => {
  test('is one line at 1280 px with the lock on, and wraps cleanly narrower', async ({
    session: { app, page },
  }) => {
    await app.goto('/settings');
    const section = page.getByRole('region', { name: 'Lock and encryption' });
    await section.getByLabel('New passphrase').fill(PASSPHRASE);
    await section.getByLabel('Confirm passphrase').fill(PASSPHRASE);
    await section.getByLabel(/forgotten passphrase cannot be reset/).check();
    await section.getByRole('button', { name: 'Turn on the lock' }).click();
    await section
      .getByText('Done: the stored data is encrypted.', { exact: true })
      .waitFor({ timeout: 30_000 });
    await app.navLink('Teams').click();
    const header = page.locator('.app-header');
    await header.getByRole('button', { name: 'Lock now' }).waitFor();

    /** Each control's box: its top, bottom, left and right edges. */
    const boxes = () =>
      header.evaluate((el) =>
        [...el.querySelectorAll('.brand, nav a, button')].map((c) => {
          const r = c.getBoundingClientRect();
          return { name: c.textContent ?? '', top: r.top, bottom: r.bottom, l: r.left, r: r.right };
        }),
      );
    for (const largeText of [false, true]) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await app.setLargeText(largeText);
      const row = await boxes();
      expect(row.map((b) => b.name)).toEqual(
        expect.arrayContaining(['Large text', 'Participant mode', 'Lock now']),
      );
      // One line: every control shares one row (their boxes overlap vertically).
      const lowestTop = Math.max(...row.map((b) => b.top));
      const highestBottom = Math.min(...row.map((b) => b.bottom));
      expect(lowestTop, `one line (large text ${largeText})`).toBeLessThan(highestBottom);
      await screenshot(page, `rough-edges-header-1280${largeText ? '-large-text' : ''}`);
      await expectNoAxeViolations(page, `header at 1280 px (large text ${largeText})`);

      // A tablet and a phone: wrapped, nothing overlaps and nothing scrolls sideways.
      for (const [width, height] of [
        [1024, 768],
        [390, 844],
      ] as const) {
        await page.setViewportSize({ width, height });
        const wrapped = await boxes();
        for (const [i, a] of wrapped.entries()) {
          for (const b of wrapped.slice(i + 1)) {
            const overlap = a.l < b.r && b.l < a.r && a.top < b.bottom && b.top < a.bottom;
            expect(overlap, `${a.name} overlaps ${b.name} at ${width} px`).toBe(false);
          }
          expect(a.r, `${a.name} inside the window at ${width} px`).toBeLessThanOrEqual(width);
        }
        expect(await sideways(page)).toBeLessThanOrEqual(0);
        await screenshot(page, `rough-edges-header-${width}${largeText ? '-large-text' : ''}`);
      }
    }
  });
});
