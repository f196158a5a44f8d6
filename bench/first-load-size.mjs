// First load: gzip KB of the JavaScript and CSS a first load of Home, Facilitate, a live huddle
// and Insights fetches, counted from the build (scripts/check-bundle-size.mjs, the same code as
// `npm run size`), then cross-checked in Chromium: each screen is loaded with an empty HTTP cache
// and no service worker, and every JS/CSS file the page fetched must be one the count includes.
// Prints and records; asserts nothing. Run `vite build` first (bench/run.mjs does).
import { BUDGET_KB, measureRoutes } from '../scripts/check-bundle-size.mjs';
import { withApp } from './lib/browser.mjs';
import { record } from './lib/results.mjs';

const SECTION = 'First load';
const rows = measureRoutes();

console.log(`First load, gzip KB (budget ${BUDGET_KB} KB of JS per screen):`);
for (const r of rows) {
  console.log(
    `  ${r.name.padEnd(11)} ${r.path.padEnd(24)} JS ${r.js.toFixed(1).padStart(6)} KB in ` +
      `${String(r.jsFiles.length).padStart(2)} files  CSS ${r.css.toFixed(1).padStart(5)} KB`,
  );
  const target = r.budget ? `≤ ${BUDGET_KB} KB` : undefined;
  record({
    section: SECTION,
    metric: `${r.name} first-load JS (gzip)`,
    value: Number(r.js.toFixed(1)),
    unit: 'KB',
    ...(target ? { target, meets: r.ok } : { target: 'for information' }),
  });
  record({
    section: SECTION,
    metric: `${r.name} first-load CSS (gzip)`,
    value: Number(r.css.toFixed(1)),
    unit: 'KB',
  });
}

/** The app's own JS and CSS files a fresh load of `path` fetches, within `settleMs` of load. */
async function fetchedFiles(page, url, path, settleMs = 1500) {
  const files = new Set();
  const onRequest = (request) => {
    const { origin, pathname } = new URL(request.url());
    if (origin === new URL(url).origin && /\.(js|css)$/.test(pathname)) {
      files.add(pathname.slice(1));
    }
  };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  page.on('request', onRequest);
  await page.goto(`${url}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(settleMs);
  page.off('request', onRequest);
  await cdp.detach();
  return files;
}

/** Creates a team and opens a huddle through the UI; returns the huddle's path. */
async function openHuddle(page, url) {
  await page.goto(url);
  await page.getByLabel('Team name', { exact: true }).fill('Bench team');
  await page.getByRole('button', { name: 'Create team', exact: true }).click();
  await page.getByRole('link', { name: 'Facilitate', exact: true }).click();
  await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Bench team' });
  await page.getByRole('radio', { name: /Weekly pillar huddle/ }).check();
  await page.getByRole('button', { name: 'Open the huddle' }).click();
  await page.waitForURL(/\/facilitate\/[^/]+$/);
  return new URL(page.url()).pathname;
}

try {
  await withApp(async ({ browser, url }) => {
    console.log('\nBrowser cross-check (empty cache, no service worker):');
    for (const r of rows) {
      // A fresh profile per screen: the huddle's needs a huddle first (and so a library).
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      let path = r.path;
      if (path.includes(':sessionId')) path = await openHuddle(page, url);
      const fetched = await fetchedFiles(page, url, path);
      await context.close();
      const counted = new Set([...r.jsFiles, ...r.cssFiles]);
      const uncounted = [...fetched].filter((f) => !counted.has(f));
      const unfetched = [...counted].filter((f) => !fetched.has(f));
      console.log(
        `  ${r.name.padEnd(11)} fetched ${fetched.size} files; not counted: ${
          uncounted.join(', ') || 'none'
        }; counted but not fetched: ${unfetched.join(', ') || 'none'}`,
      );
      record({
        section: SECTION,
        metric: `${r.name}: files fetched but not counted by npm run size`,
        value: uncounted.length,
        unit: 'files',
        target: '0',
        meets: uncounted.length === 0,
      });
    }
  });
} catch (error) {
  console.log(`(browser cross-check did not run: ${error.message})`);
}
