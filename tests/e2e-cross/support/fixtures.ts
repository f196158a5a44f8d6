// The `test` of the cross-engine browser tests: a fresh browser session per test (empty
// storage), in the engine this run is for; page errors collected and asserted after each test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, inject } from 'vitest';
import { ROOT } from '../../e2e/support/server';
import { launchFirefox } from './firefox';
import type { Engine, Tab } from './tab';
import { launchWebKit } from './webkit';

export const SCREENSHOT_DIR = resolve(ROOT, 'test-results/screenshots');

/** Saves a PNG of the top of the page to test-results/screenshots/<engine>-<name>.png. */
export async function screenshot(tab: Tab, name: string): Promise<string> {
  await tab.evaluate(() => window.scrollTo(0, 0));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(
    SCREENSHOT_DIR,
    `${inject('engine')}-${name.replace(/[^a-z0-9._-]+/gi, '-')}.png`,
  );
  writeFileSync(path, await tab.screenshotPng());
  return path;
}

export interface LaunchOptions {
  /** What navigator.language says (default "en-US"). */
  language?: string;
}

/** A fresh session of this run's engine: empty storage, its own downloads folder. */
export function launchEngine(options: LaunchOptions = {}): Promise<Engine> {
  return inject('engine') === 'webkit' ? launchWebKit(options) : launchFirefox(options);
}

export interface Fixtures {
  baseURL: string;
  engine: Engine;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures must destructure their context.
  baseURL: async ({}, use) => {
    await use(inject('baseURL'));
  },
  engine: async ({ task }, use) => {
    const engine = await launchEngine();
    try {
      await use(engine);
      if (task.result?.state === 'fail') {
        await screenshot(engine.tab, `FAILED-${task.name}`).catch(() => undefined);
      }
    } finally {
      await engine.close();
    }
  },
});

export const engineName = () => inject('engine');

export { describe, expect } from 'vitest';
