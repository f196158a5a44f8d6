// A Chromium that can really crash: launched as its own process group on a persistent profile,
// driven over CDP, and killed with SIGKILL (no unload, no pagehide, no flush). Used by the crash
// test (crash.e2e.ts) and the crash-survival measurement (perf/crash-survival.perf.ts).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../../scripts/find-chromium.mjs';
import { CHECKIN_PROMPT_IDS, PULSE_PROMPT_IDS } from '../../../src/domain/library/prompts';
import { AppPage } from './app-page';
import { HuddlePage } from './huddle-page';
import { seedTables } from './seed';

export interface KillableBrowser {
  browser: Browser;
  page: Page;
  /** SIGKILL to the browser and every process it started; resolves once it is gone. */
  kill(): Promise<void>;
}

export function newProfileDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'pp-crash-profile-'));
}

export function removeProfileDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

/** Starts Chromium on `profileDir` (kept across launches) and connects to it over CDP. */
export async function launchKillable(
  chromePath: string,
  profileDir: string,
): Promise<KillableBrowser> {
  const child = spawn(
    chromePath,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--user-data-dir=${profileDir}`,
      '--remote-debugging-port=0',
      '--window-size=1280,800',
      'about:blank',
    ],
    // Its own process group, so the kill reaches the renderers and storage service too.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${chromePath}`);
  const killGroup = () => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', killGroup);
  const endpoint = await new Promise<string>((done, fail) => {
    let log = '';
    const timer = setTimeout(
      () => fail(new Error(`No DevTools endpoint in 30 s:\n${log}`)),
      30_000,
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        done(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Chromium exited (${code}) before listening:\n${log}`));
    });
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1280, height: 800 });
  return {
    browser,
    page,
    async kill() {
      const gone = exited(child);
      killGroup();
      await gone;
      process.off('exit', killGroup);
    },
  };
}

export const CRASH_PEOPLE = ['Ana', 'Ben', 'Cleo'];
export const CRASH_PLAN = 'Crash plan';
const PROMPT_ID = 'e2e-crash-prompt';
export const CRASH_PROMPT = 'What happened this week?';

/** A custom plan with one step of each answer mode, the check-in (feelings) as the round. */
export async function seedCrashPlan(page: Page) {
  const t = Date.now();
  const step = (id: string, title: string, mode: string, promptIds: string[]) => ({
    id,
    kind: 'prompts',
    title,
    mode,
    timeBoxSec: 600,
    source: { type: 'prompts', promptIds },
  });
  await seedTables(page, {
    prompts: [
      {
        id: PROMPT_ID,
        pillar: 'parallel',
        category: 'pillar',
        kind: 'text',
        text: CRASH_PROMPT,
        builtIn: false,
        retired: false,
        createdAt: t,
        updatedAt: t,
      },
    ],
    plans: [
      {
        id: 'e2e-crash-plan',
        name: CRASH_PLAN,
        description: 'One step of each answer mode.',
        builtIn: false,
        retired: false,
        createdAt: t,
        updatedAt: t,
        steps: [
          step('c-round', 'Round check-in', 'round', [...CHECKIN_PROMPT_IDS]),
          step('c-private', 'Private step', 'private', [PROMPT_ID]),
          step('c-anon', 'Anonymous step', 'anonymous', [PROMPT_ID]),
          step('c-pulse', 'Pulse step', 'pulse', PULSE_PROMPT_IDS.slice(0, 3)),
        ],
      },
    ],
  });
}

/** Creates a team, opens the crash plan's huddle with three people and starts it. */
export async function startCrashHuddle(page: Page, baseURL: string, team: string) {
  const app = new AppPage(page, baseURL);
  await app.goto('/');
  await app.createTeam(team);
  await seedCrashPlan(page);
  await app.reload();
  await page.getByRole('link', { name: 'Facilitate', exact: true }).click();
  await page.getByLabel('Team', { exact: true }).selectOption({ label: team });
  await page.getByRole('radio', { name: new RegExp(CRASH_PLAN) }).check();
  await page.getByRole('button', { name: 'Open the huddle' }).click();
  await page.getByRole('heading', { level: 1, name: /who is here/ }).waitFor();
  const huddle = new HuddlePage(page);
  await huddle.addPeople(CRASH_PEOPLE);
  await huddle.button('Start huddle').click();
  await huddle.waitForStep('Round check-in');
  return { app, huddle, url: page.url() };
}

export interface TypedKey {
  char: string;
  /** Date.now() once the key event was delivered to the page. */
  at: number;
}

/**
 * Types `text` into `box` one key every `keyMs`, like a person, and returns right after the
 * last key. Stops early (without throwing) when `stop()` says so or the browser goes away;
 * returns the keys delivered.
 */
export async function typeSteadily(
  box: Locator,
  text: string,
  keyMs: number,
  stop: () => boolean = () => false,
): Promise<TypedKey[]> {
  const page = box.page();
  await box.click();
  const keys: TypedKey[] = [];
  for (const char of text) {
    if (keys.length > 0) await sleep(keyMs);
    if (stop()) break;
    try {
      await page.keyboard.type(char);
    } catch {
      break;
    }
    keys.push({ char, at: Date.now() });
  }
  return keys;
}

/** The longest answer text stored for this session (read straight from IndexedDB). */
export async function storedTexts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((done, fail) => {
        const open = indexedDB.open('parallel-process');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result
            .transaction('responses', 'readonly')
            .objectStore('responses')
            .getAll();
          request.onsuccess = () => {
            open.result.close();
            done((request.result as Array<{ text?: string }>).map((r) => r.text ?? ''));
          };
          request.onerror = () => fail(request.error);
        };
      }),
  );
}

export function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}
