// Measures the time from pressing "Next" to the next prompt painted, in the built app in real
// Chromium, with an empty database and with N answers already stored (default 50,000).
// Prints numbers; asserts nothing. Usage: node bench/step-latency.mjs [answers]
// (run `npm run build` first).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../scripts/find-chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const STORED = Number(process.argv[2] ?? 50_000);
const PRESSES = 6;

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

async function startPreview(port) {
  const child = spawn(
    resolve(ROOT, 'node_modules/.bin/vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return { child, url };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('vite preview did not start');
}

/** Writes `count` answers for another team straight into IndexedDB, in one transaction per 5,000. */
async function seedAnswers(page, count) {
  await page.evaluate(async (total) => {
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open('parallel-process');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const words = ['paperwork', 'families', 'supervision', 'laughter', 'caseload', 'respect'];
    const start = Date.now() - 2 * 365 * 24 * 3600 * 1000;
    for (let done = 0; done < total; done += 5000) {
      await new Promise((ok, fail) => {
        const tx = db.transaction('responses', 'readwrite');
        const store = tx.objectStore('responses');
        for (let i = done; i < Math.min(total, done + 5000); i += 1) {
          const t = start + i * 1000;
          store.put({
            id: `seed-${i}`,
            sessionId: `seed-session-${Math.floor(i / 40)}`,
            teamId: 'seed-team',
            stepIndex: i % 7,
            promptId: 'bi-rel-01',
            pillar: 'relationships',
            memberId: null,
            passed: false,
            text: `We talked about ${words[i % words.length]} and ${words[(i * 7) % words.length]}.`,
            createdAt: t,
            updatedAt: t,
          });
        }
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
    }
    db.close();
  }, count);
}

async function openHuddle(page, url) {
  await page.goto(`${url}/`);
  await page.getByLabel('Team name').fill(`Bench ${Date.now()}`);
  await page.getByRole('button', { name: 'Create team' }).click();
  await page.goto(`${url}/facilitate`);
  await page.getByRole('radio', { name: /Weekly pillar huddle/ }).check();
  await page.getByRole('button', { name: 'Open the huddle' }).click();
  for (const name of ['Ana', 'Ben', 'Cleo', 'Dev']) {
    await page.getByLabel('Someone else in the room').fill(name);
    await page.getByRole('button', { name: 'Add as guest' }).click();
  }
  await page.getByRole('button', { name: 'Start huddle' }).click();
  await page.locator('#step-title').waitFor();
}

/** Clicks Next and resolves when the new step title has been painted (next animation frame). */
async function timeNext(page) {
  return page.evaluate(
    () =>
      new Promise((done) => {
        const before = document.querySelector('#step-title')?.textContent;
        const button = [...document.querySelectorAll('.flow-controls button')].find((b) =>
          b.textContent?.startsWith('Next'),
        );
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          const now = document.querySelector('#step-title, #summary-heading')?.textContent;
          if (now && now !== before) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        button.click();
      }),
  );
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function measure(browser, url, stored) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.getByLabel('Team name').waitFor();
  if (stored > 0) await seedAnswers(page, stored);
  await openHuddle(page, url);
  const times = [];
  for (let i = 0; i < PRESSES; i += 1) times.push(await timeNext(page));
  await context.close();
  return times;
}

const port = await freePort();
const { child, url } = await startPreview(port);
const browser = await chromium.launch({
  executablePath: findChromium({ log: () => {} }),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const empty = await measure(browser, url, 0);
  const big = await measure(browser, url, STORED);
  const fmt = (xs) => xs.map((x) => x.toFixed(1)).join(', ');
  console.log('Step latency: "Next" pressed → next prompt painted (ms)');
  console.log(`  empty database        median ${median(empty).toFixed(1)}  [${fmt(empty)}]`);
  console.log(
    `  ${STORED.toLocaleString('en')} answers stored  median ${median(big).toFixed(1)}  [${fmt(big)}]`,
  );
  console.log(`  ratio big/empty       ${(median(big) / median(empty)).toFixed(2)}`);
} finally {
  await browser.close();
  child.kill();
}
