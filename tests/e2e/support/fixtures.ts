// The `test` used by browser tests: one Chromium per file, a fresh context per test, and after
// every test the request guard asserts that nothing went to another origin.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { test as base, inject } from 'vitest';
import { AppPage } from './app-page';
import { launchChromium } from './browser';
import { RequestGuard } from './request-guard';
import { screenshot } from './screenshots';

export interface AppSession {
  context: BrowserContext;
  page: Page;
  app: AppPage;
  guard: RequestGuard;
}

export interface Fixtures {
  browser: Browser;
  baseURL: string;
  /** Opens a fresh context + page on `url` (defaults to the shared server); guarded. */
  openApp: (url?: string, options?: BrowserContextOptions) => Promise<AppSession>;
  /** The default session on the shared server. */
  session: AppSession;
}

export const test = base.extend<Fixtures>({
  browser: [
    // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures must destructure their context.
    async ({}, use) => {
      const browser = await launchChromium(inject('chromePath'));
      await use(browser);
      await browser.close();
    },
    { scope: 'file' },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures must destructure their context.
  baseURL: async ({}, use) => {
    await use(inject('baseURL'));
  },
  openApp: async ({ browser, baseURL, task }, use) => {
    const sessions: AppSession[] = [];
    await use(async (url = baseURL, options = {}) => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        ...options,
      });
      const guard = new RequestGuard(context, url);
      const page = await context.newPage();
      const session = { context, page, guard, app: new AppPage(page, url) };
      sessions.push(session);
      return session;
    });
    const failed = task.result?.state === 'fail';
    for (const [i, { context, page, guard }] of sessions.entries()) {
      if (failed && !page.isClosed()) {
        await screenshot(page, `FAILED-${task.fullTestName}-${i}`).catch(() => undefined);
      }
      await context.close();
      // Asserted after closing so requests made by the page up to the very end are counted.
      guard.assertOnlyOwnOrigin();
      guard.assertNoPageErrors();
    }
  },
  session: async ({ openApp }, use) => {
    await use(await openApp());
  },
});

export { describe, expect } from 'vitest';
