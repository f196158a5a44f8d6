// WebKit (the engine of Safari on iPad): Debian's WebKitGTK MiniBrowser driven by
// WebKitWebDriver over W3C WebDriver classic (plain HTTP, no client library), on a virtual X
// display (xvfb-run). Each session starts with empty storage (automation uses an ephemeral data
// store) and saves downloads into an isolated HOME.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findEngine } from '../../../scripts/find-engines.mjs';
import { freePort } from '../../e2e/support/server';
import { type ElementRef, type Engine, Tab } from './tab';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

interface WireValue {
  value: unknown;
}

class WebDriverSession {
  /** The window commands go to right now (WebDriver classic has one current window). */
  current = '';

  constructor(
    readonly base: string,
    readonly id: string,
  ) {}

  async command<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}/session/${this.id}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(120_000),
    });
    const json = (await response.json()) as WireValue;
    if (!response.ok) {
      const value = json.value as { error?: string; message?: string };
      throw new Error(`WebDriver ${method} ${path}: ${value?.error} ${value?.message ?? ''}`);
    }
    return json.value as T;
  }

  async use(handle: string) {
    if (this.current === handle) return;
    await this.command('POST', '/window', { handle });
    this.current = handle;
  }
}

class WebKitTab extends Tab {
  constructor(
    readonly session: WebDriverSession,
    readonly handle: string,
  ) {
    super();
  }

  private async send<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) {
    await this.session.use(this.handle);
    return this.session.command<T>(method, path, body);
  }

  protected async runScript<T>(source: string, arg: unknown): Promise<T> {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${source})(arguments[0])).then(
        (value) => done({ ok: value === undefined ? null : value }),
        (error) => done({ error: String(error && error.stack || error) }));`;
    const result = await this.send<{ ok?: T; error?: string }>('POST', '/execute/async', {
      script,
      args: [arg],
    });
    if (result.error) throw new Error(`In the page: ${result.error}`);
    return result.ok as T;
  }

  protected async findElement(source: string, arg: unknown): Promise<ElementRef | null> {
    const found = await this.send<Record<string, string> | null>('POST', '/execute/sync', {
      script: `return (${source})(arguments[0]);`,
      args: [arg],
    });
    return found?.[ELEMENT] ?? null;
  }

  protected async clickElement(el: ElementRef): Promise<void> {
    await this.send('POST', `/element/${el}/click`, {});
  }

  protected async typeInto(el: ElementRef, text: string): Promise<void> {
    await this.send('POST', `/element/${el}/value`, { text });
  }

  async navigate(url: string): Promise<void> {
    await this.send('POST', '/url', { url });
  }

  async refresh(): Promise<void> {
    await this.send('POST', '/refresh', {});
  }

  async screenshotPng(): Promise<Buffer> {
    return Buffer.from(await this.send<string>('GET', '/screenshot'), 'base64');
  }

  async close(): Promise<void> {
    await this.send('DELETE', '/window');
    this.session.current = '';
  }
}

/** "en-US" → "en_US.UTF-8"; "C" → "C.UTF-8". */
function posixLocale(language: string): string {
  return `${language.replace('-', '_')}.UTF-8`;
}

function waitForExit(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
  });
}

/**
 * Starts WebKitWebDriver under xvfb-run and opens a MiniBrowser session. WebKitGTK takes
 * navigator.language from the environment's locale: `language` "en-US" runs it with
 * LANG=en_US.UTF-8, "C" with LANG=C.UTF-8 (navigator.language is then "C", which Intl rejects).
 */
export async function launchWebKit({ language = 'en-US' } = {}): Promise<Engine> {
  const { driver, browser, xvfb } = findEngine('webkit');
  const port = await freePort();
  const home = mkdtempSync(join(tmpdir(), 'pp-webkit-home-'));
  let log = '';
  // Its own process group, so stopping it also stops Xvfb and MiniBrowser.
  const child = spawn(
    xvfb,
    ['-a', '-s', '-screen 0 1280x1024x24', driver, `--port=${port}`, '--host=127.0.0.1'],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        HOME: home,
        LANG: posixLocale(language),
        LC_ALL: posixLocale(language),
      },
    },
  );
  child.stdout?.on('data', (chunk) => {
    log += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    log += chunk;
  });
  const kill = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', kill);

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited early:\n${log}`);
    try {
      const status = await fetch(`${base}/status`);
      if (status.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      kill();
      throw new Error(`WebKitWebDriver did not answer within 30 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  const created = await fetch(`${base}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] },
        },
      },
    }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await created.json()) as { value: { sessionId?: string; message?: string } };
  if (!created.ok || !body.value.sessionId) {
    kill();
    throw new Error(`Could not start MiniBrowser: ${body.value.message}\n${log}`);
  }
  const session = new WebDriverSession(base, body.value.sessionId);
  const first = await session.command<string>('GET', '/window');
  session.current = first;
  await session.command('POST', '/window/rect', { width: 1280, height: 900 });

  return {
    name: 'webkit',
    tab: new WebKitTab(session, first),
    downloads: home,
    async newWindow(action) {
      const before = new Set(await session.command<string[]>('GET', '/window/handles'));
      await action();
      const tab = new WebKitTab(session, '');
      const handle = await tab.poll('a new window', async () => {
        const handles = await session.command<string[]>('GET', '/window/handles');
        return handles.find((h) => !before.has(h)) ?? '';
      });
      return new WebKitTab(session, handle);
    },
    async close() {
      try {
        await fetch(`${base}/session/${session.id}`, {
          method: 'DELETE',
          signal: AbortSignal.timeout(10_000),
        });
      } catch {
        // The process group is killed below anyway.
      }
      if (child.pid) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
      }
      await waitForExit(child, 5_000);
      kill();
      process.off('exit', kill);
      rmSync(home, { recursive: true, force: true });
    },
  };
}
