// npm run size counts what a first load fetches from the build's manifest. This checks the count
// against the real thing: every JS and CSS file Chromium fetches on a first load of Home,
// Facilitate and a live huddle (empty cache, no service worker) must be one the count includes,
// so a new on-demand import at start-up cannot slip past the budget.
import type { Page } from 'playwright-core';
import { measureRoutes } from '../../scripts/check-bundle-size.mjs';
import { uniqueTeamName } from './support/app-page';
import { describe, expect, test } from './support/fixtures';
import { ROOT } from './support/server';

const counted = new Map(measureRoutes(`${ROOT}/dist`).map((r) => [r.name, r]));

/** The app's JS and CSS files a load of `path` fetches, once it shows its heading. */
async function fetchedFiles(page: Page, url: string): Promise<string[]> {
  const files = new Set<string>();
  const origin = new URL(url).origin;
  page.on('request', (request) => {
    const { origin: from, pathname } = new URL(request.url());
    if (from === origin && /\.(js|css)$/.test(pathname)) files.add(pathname.slice(1));
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // What start-up fetches after the first render (it would be a second request wave).
  await page.waitForLoadState('networkidle');
  return [...files];
}

function uncounted(route: string, fetched: string[]): string[] {
  const sizes = counted.get(route);
  if (!sizes) throw new Error(`npm run size does not measure ${route}`);
  const known = new Set([...sizes.jsFiles, ...sizes.cssFiles]);
  return fetched.filter((file) => !known.has(file));
}

describe('first load', () => {
  test('Home and Facilitate fetch only files npm run size counts', async ({ openApp, baseURL }) => {
    for (const [route, path] of [
      ['Home', '/'],
      ['Facilitate', '/facilitate'],
    ] as const) {
      const { page } = await openApp(baseURL, { serviceWorkers: 'block' });
      const fetched = await fetchedFiles(page, `${baseURL}${path}`);
      expect(fetched.length, `${route} fetched some scripts`).toBeGreaterThan(3);
      expect(uncounted(route, fetched), `${route}: fetched but not counted`).toEqual([]);
    }
  });

  test('a reload of a live huddle fetches only files npm run size counts', async ({
    openApp,
    baseURL,
  }) => {
    const { app, page } = await openApp(baseURL, { serviceWorkers: 'block' });
    const team = uniqueTeamName();
    await app.goto('/');
    await app.createTeam(team);
    await app.navLink('Facilitate').click();
    await page.getByLabel('Team', { exact: true }).selectOption({ label: team });
    await page.getByRole('radio', { name: /Weekly pillar huddle/ }).check();
    await page.getByRole('button', { name: 'Open the huddle' }).click();
    await page.waitForURL(/\/facilitate\/[^/]+$/);
    const fetched = await fetchedFiles(page, page.url());
    expect(
      fetched.some((f) => f.includes('HuddleRoute')),
      'the huddle chunk',
    ).toBe(true);
    expect(uncounted('Huddle', fetched), 'Huddle: fetched but not counted').toEqual([]);
  });
});
