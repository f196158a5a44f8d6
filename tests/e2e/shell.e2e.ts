// Acceptance tests of the foundation issue: the shell loads, is accessible on every route, keeps
// data across reloads, works offline and talks to no origin but its own.
import { NOT_FOUND_PATH, ROUTES, uniqueTeamName } from './support/app-page';
import { expectNoAxeViolations } from './support/axe';
import { describe, expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';
import { isDown, startPreviewServer } from './support/server';

describe('app shell', () => {
  test('loads on / with h1, main, nav and a skip link that moves focus to main', async ({
    session: { app, page },
  }) => {
    await app.goto('/');
    await expect(app.h1.isVisible()).resolves.toBe(true);
    await expect(app.main.count()).resolves.toBe(1);
    await expect(app.nav.count()).resolves.toBeGreaterThanOrEqual(1);

    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(first, 'first focusable element').toBe('Skip to content');
    await expect(app.skipLink.isVisible(), 'skip link visible when focused').resolves.toBe(true);

    await page.keyboard.press('Enter');
    const focusInMain = await page.evaluate(() => {
      const main = document.querySelector('main');
      return !!main && !!document.activeElement && main.contains(document.activeElement);
    });
    expect(focusInMain, 'focus is in <main> after activating the skip link').toBe(true);
  });

  test('nav links reach every route', async ({ session: { app, page } }) => {
    await app.goto('/');
    for (const route of ROUTES) {
      await app.navLink(route.nav).click();
      await page.waitForURL(app.url(route.path));
      await app.ready();
      const current = await app.navLink(route.nav).getAttribute('aria-current');
      expect(current, `aria-current on the "${route.nav}" link`).toBe('page');
    }
  });

  test('an unknown URL shows "Page not found"', async ({ session: { app, page } }) => {
    await app.goto(NOT_FOUND_PATH);
    const heading = page.getByRole('heading', { level: 1, name: 'Page not found' });
    await expect(heading.isVisible()).resolves.toBe(true);
  });

  test('a team created in the UI survives a reload', async ({ session: { app, page } }) => {
    const name = uniqueTeamName();
    await app.goto('/');
    await app.createTeam(name);
    await app.reload();
    await app.team(name).waitFor({ state: 'visible' });
    await screenshot(page, 'light-home-with-team');
    await expectNoAxeViolations(page, '/ with a team listed');
  });

  test('Settings shows whether storage is persistent and how much is used', async ({
    session: { app, page },
  }) => {
    await app.goto('/settings');
    const region = page.getByRole('region', { name: 'Storage' });
    const section = (await region.count())
      ? region
      : page
          .getByRole('heading', { name: 'Storage', exact: true })
          .locator('xpath=ancestor::*[self::section or self::div][1]');
    await section.first().waitFor({ state: 'visible' });
    const text = () => section.first().textContent({ timeout: 1_000 });
    await expect.poll(text, { message: 'mentions persistence' }).toMatch(/persist/i);
    await expect
      .poll(text, { message: 'says how much is used (an amount with a unit)' })
      .toMatch(/\d+(?:[.,]\d+)?\s*(?:bytes?|[kKMGT]i?B|B)\b/);
  });

  test('works offline after the first visit, with the server stopped', async ({ openApp }) => {
    const server = await startPreviewServer();
    try {
      const { app, context, page } = await openApp(server.url);
      await app.goto('/');
      await app.waitForServiceWorkerControl();
      const name = uniqueTeamName();
      await app.createTeam(name);

      await server.stop();
      expect(await isDown(server.url), 'preview server is really stopped').toBe(true);
      await context.setOffline(true);

      await app.reload();
      await app.team(name).waitFor({ state: 'visible' });
      const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
      expect(controlled, 'the offline page is served by the service worker').toBe(true);
      await expect(app.nav.count()).resolves.toBeGreaterThanOrEqual(1);

      // A deep link typed while offline is answered by the service worker's navigation fallback.
      await app.goto('/settings');
      await app.navLink('Teams').click();
      await app.team(name).waitFor({ state: 'visible' });
      await screenshot(page, 'offline-home');
    } finally {
      await server.stop();
    }
  });
});

const VARIANTS = [
  { name: 'light', colorScheme: 'light', largeText: false },
  { name: 'dark', colorScheme: 'dark', largeText: false },
  { name: 'large-text', colorScheme: 'light', largeText: true },
] as const;

const PAGES = [
  ...ROUTES.map((r) => ({ name: r.name, path: r.path as string })),
  { name: 'not-found', path: NOT_FOUND_PATH },
];

describe.each(VARIANTS)('accessibility ($name)', (variant) => {
  // test.for passes the row first and the test context (with fixtures) second.
  test.for(PAGES)('no WCAG 2.x A/AA violations on $path', async ({ name, path }, { session }) => {
    const { app, page } = session;
    await page.emulateMedia({ colorScheme: variant.colorScheme });
    await app.goto(path);
    if (variant.largeText) await app.setLargeText(true);
    await screenshot(page, `${variant.name}-${name}`);
    await expectNoAxeViolations(page, `${path} (${variant.name})`);
  });
});
