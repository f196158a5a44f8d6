// Offline in WebKit and Firefox: after a first visit the service worker controls the page (one
// extra reload), then with the app's server stopped a reload and a deep link still open the
// app with its data, served by the service worker.
import { isDown, startPreviewServer } from '../e2e/support/server';
import { createTeam, navLink, uniqueTeamName } from './support/app';
import { describe, engineName, expect, screenshot, test } from './support/fixtures';
import type { Tab } from './support/tab';

async function waitForServiceWorkerControl(tab: Tab) {
  const ready = await tab.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return 'no serviceWorker API';
    const timeout = new Promise<string>((r) => setTimeout(() => r('timed out'), 30_000));
    return Promise.race([navigator.serviceWorker.ready.then(() => 'ready'), timeout]);
  });
  expect(ready, 'navigator.serviceWorker.ready').toBe('ready');
  const controlled = () => tab.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) await tab.reload();
  expect(await controlled(), 'the service worker controls the page after a reload').toBe(true);
}

describe(`offline (${engineName()})`, () => {
  test('a reload and a deep link with the server stopped', async ({ engine }) => {
    const { tab } = engine;
    // A server of its own, to stop.
    const server = await startPreviewServer();
    try {
      await tab.goto(server.url);
      await waitForServiceWorkerControl(tab);
      const team = uniqueTeamName();
      await createTeam(tab, team);

      await server.stop();
      expect(await isDown(server.url), 'the server is really stopped').toBe(true);

      await tab.reload();
      await tab.waitForText(team);
      expect(await tab.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await screenshot(tab, 'offline-home');

      // A deep link typed while offline: the service worker's navigation fallback answers.
      await tab.goto(new URL('/settings', server.url).href);
      await tab.find({ role: 'heading', name: 'Settings', level: 1 });
      await tab.click(navLink('Teams'));
      await tab.waitForText(team);
      expect(await tab.pageErrors()).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
