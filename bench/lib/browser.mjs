// Shared harness of the browser benchmarks: serve the built app (dist/) with `vite preview` on
// 127.0.0.1 and drive Debian Chromium with playwright-core. Run `vite build` first (bench/run.mjs
// does). Benchmarks print; they never assert.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.mjs';

export { CHROMIUM_ARGS };

export const ROOT = resolve(import.meta.dirname, '../..');

export function chromiumPath() {
  return findChromium({ log: () => {} });
}

export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Starts `vite preview` of dist/ on a free 127.0.0.1 port; `stop()` kills it. */
export async function startPreview() {
  const port = await freePort();
  const child = spawn(
    resolve(ROOT, 'node_modules/.bin/vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(url)).ok) return { url, port, stop: () => child.kill() };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('vite preview did not start');
}

export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** Runs `fn({ browser, url })` with a served build and a browser, always cleaning up. */
export async function withApp(fn, { extraArgs = [] } = {}) {
  const server = await startPreview();
  const browser = await launchChromium(extraArgs);
  try {
    return await fn({ browser, url: server.url });
  } finally {
    await browser.close();
    server.stop();
  }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
