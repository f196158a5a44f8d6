// Issue 10, items 1 and 5: someone types steadily (a key every 150 ms, never pausing long enough
// for the 300 ms debounce) and the browser is killed with SIGKILL mid-typing. Relaunched on the
// same profile, the huddle is on the same person, their turn not taken, and everything they
// typed is back except at most the last second. Once per answer mode: a round (the check-in,
// with a feeling), private and anonymous pass-the-device steps, and a pulse.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { uniqueTeamName } from './support/app-page';
import {
  type KillableBrowser,
  launchKillable,
  newProfileDir,
  removeProfileDir,
  sleep,
  startCrashHuddle,
  type TypedKey,
  typeSteadily,
} from './support/crash';
import { HuddlePage } from './support/huddle-page';
import { screenshot } from './support/screenshots';

const KEY_MS = 150;
const TYPING_MS = 4_500;
/** "At most the last second", plus room for one save in flight on a loaded machine. */
const MAY_LOSE_MS = 1_300;
const TEXT =
  'Steady typing with no pause at all, the kind a long answer gets, then the browser dies.';

let chromePath: string;
let baseURL: string;
let profile: string;
let live: KillableBrowser | null = null;
const pageErrors: string[] = [];

function watch(page: Page) {
  page.on('pageerror', (e) => pageErrors.push(String(e)));
}

async function relaunch(url: string): Promise<{ page: Page; huddle: HuddlePage }> {
  live = await launchKillable(chromePath, profile);
  watch(live.page);
  await live.page.goto(url);
  return { page: live.page, huddle: new HuddlePage(live.page) };
}

/** Types into `box` for TYPING_MS and kills the browser between two keys. */
async function typeAndKill(box: ReturnType<Page['locator']>) {
  const browser = live;
  if (!browser) throw new Error('no browser');
  const started = Date.now();
  const typing = typeSteadily(box, TEXT, KEY_MS, () => Date.now() - started > TYPING_MS + 1000);
  await sleep(TYPING_MS);
  const killedAt = Date.now();
  await browser.kill();
  live = null;
  const keys = await typing;
  return { keys, killedAt };
}

/** Everything typed up to MAY_LOSE_MS before the kill is back, and nothing that was not typed. */
function expectRecovered(value: string, keys: TypedKey[], killedAt: number) {
  const typed = keys.map((k) => k.char).join('');
  const mustHave = keys.filter((k) => k.at <= killedAt - MAY_LOSE_MS).length;
  expect(typed.startsWith(value), `"${value}" is a prefix of "${typed}"`).toBe(true);
  expect(mustHave).toBeGreaterThan(15);
  expect(value.length, `${typed.length} typed, ${value.length} recovered`).toBeGreaterThanOrEqual(
    mustHave,
  );
  console.log(`[crash] ${typed.length} keys typed, ${value.length} recovered after SIGKILL`);
}

beforeAll(async () => {
  chromePath = inject('chromePath');
  baseURL = inject('baseURL');
  profile = await newProfileDir();
});

afterAll(async () => {
  await live?.kill();
  await removeProfileDir(profile);
});

describe('a browser killed mid-typing', () => {
  test('every answer mode comes back on the same person with all but the last second', async () => {
    live = await launchKillable(chromePath, profile);
    watch(live.page);
    const { url } = await startCrashHuddle(live.page, baseURL, uniqueTeamName());
    let page = live.page;
    let huddle = new HuddlePage(page);

    // 1. Round (check-in): the facilitator types Ana's words after picking her feeling.
    await page.getByRole('heading', { name: "Ana's turn" }).waitFor();
    await huddle.turn.getByRole('button', { name: 'hopeful' }).click();
    let crash = await typeAndKill(huddle.turn.getByLabel('What is your goal today?'));
    ({ page, huddle } = await relaunch(url));
    await huddle.waitForStep('Round check-in');
    // Still Ana's turn: her words were a draft, so she is not marked as having shared.
    await page.getByRole('heading', { name: "Ana's turn" }).waitFor();
    expect(await page.locator('.person-mark').allInnerTexts()).toEqual(['', '', '']);
    const goal = huddle.turn.getByLabel('What is your goal today?');
    expectRecovered(await goal.inputValue(), crash.keys, crash.killedAt);
    await expect(
      huddle.turn.getByRole('button', { name: 'hopeful' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await screenshot(page, 'crash-round-after');
    await huddle.button('Done — next person').click();
    await page.getByRole('heading', { name: "Ben's turn" }).waitFor();
    await huddle.next();

    // 2. Private: Ana has the device and writes; the browser dies.
    await huddle.waitForStep('Private step');
    await huddle.beginTurn();
    crash = await typeAndKill(huddle.writing.locator('textarea'));
    ({ page, huddle } = await relaunch(url));
    await huddle.waitForStep('Private step');
    await page.getByRole('heading', { name: 'Pass the device to Ana' }).waitFor();
    await page.getByText(/0 of 3 people have had a\s+turn/).waitFor();
    await screenshot(page, 'crash-private-handoff');
    await huddle.beginTurn();
    expectRecovered(
      await huddle.writing.locator('textarea').inputValue(),
      crash.keys,
      crash.killedAt,
    );
    await huddle.handOn();
    await page.getByRole('heading', { name: 'Pass the device to Ben' }).waitFor();
    await huddle.next();

    // 3. Anonymous: no name, but the turn's slot brings the words back to the same turn.
    await huddle.waitForStep('Anonymous step');
    await huddle.beginTurn();
    // Item 3 on the way: "Not yet — back" keeps what they wrote for when their turn resumes.
    await huddle.writing.locator('textarea').fill('Not ready to share this yet');
    await huddle.waitSaved(huddle.writing);
    await huddle.button('Not yet — back').click();
    await page
      .getByRole('heading', { name: 'Pass the device back to the person who was writing' })
      .waitFor();
    await page.getByText(/0 of 3 people have had a\s+turn/).waitFor();
    await huddle.beginTurn();
    await expect(huddle.writing.locator('textarea').inputValue()).resolves.toBe(
      'Not ready to share this yet',
    );
    await huddle.writing.locator('textarea').fill('');
    crash = await typeAndKill(huddle.writing.locator('textarea'));
    ({ page, huddle } = await relaunch(url));
    await huddle.waitForStep('Anonymous step');
    await page
      .getByRole('heading', { name: 'Pass the device back to the person who was writing' })
      .waitFor();
    await page.getByText(/0 of 3 people have had a\s+turn/).waitFor();
    await screenshot(page, 'crash-anonymous-handoff');
    await huddle.beginTurn();
    expectRecovered(
      await huddle.writing.locator('textarea').inputValue(),
      crash.keys,
      crash.killedAt,
    );
    await huddle.handOn();
    await page.getByText(/1 of 3 people have had a\s+turn/).waitFor();
    await huddle.next();

    // 4. Pulse: two ratings tapped a while before the kill, a third just before it.
    await huddle.waitForStep('Pulse step');
    await huddle.beginTurn();
    const scales = huddle.writing.locator('fieldset.scale-input');
    await scales.nth(0).getByRole('radio', { name: /^4:/ }).check();
    await sleep(600);
    await scales.nth(1).getByRole('radio', { name: /^2:/ }).check();
    await sleep(MAY_LOSE_MS);
    await scales.nth(2).getByRole('radio', { name: /^5:/ }).check();
    const browser = live;
    live = null;
    await browser?.kill();
    ({ page, huddle } = await relaunch(url));
    await huddle.waitForStep('Pulse step');
    await page
      .getByRole('heading', { name: 'Pass the device back to the person who was writing' })
      .waitFor();
    await page.getByText(/0 of 3 people have had a\s+turn/).waitFor();
    await huddle.beginTurn();
    const again = huddle.writing.locator('fieldset.scale-input');
    await expect(again.nth(0).getByRole('radio', { name: /^4:/ }).isChecked()).resolves.toBe(true);
    await expect(again.nth(1).getByRole('radio', { name: /^2:/ }).isChecked()).resolves.toBe(true);
    await screenshot(page, 'crash-pulse-after');
    await huddle.handOn();
    await page.getByText(/1 of 3 people have had a\s+turn/).waitFor();

    expect(pageErrors).toEqual([]);
  }, 240_000);
});
