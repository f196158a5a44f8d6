// Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (no geckodriver).
// Each launch gets a fresh temporary profile; downloads go to a folder of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { findEngine } from '../../../scripts/find-engines.mjs';
import { type ElementRef, type Engine, Tab } from './tab';

class FirefoxTab extends Tab {
  constructor(readonly page: Page) {
    super();
  }

  protected runScript<T>(source: string, arg: unknown): Promise<T> {
    return this.page.evaluate(`(${source})(${JSON.stringify(arg)})`) as Promise<T>;
  }

  protected async findElement(source: string, arg: unknown): Promise<ElementRef | null> {
    const handle = await this.page.evaluateHandle(`(${source})(${JSON.stringify(arg)})`);
    const element = handle.asElement();
    if (!element) await handle.dispose();
    return element;
  }

  protected async clickElement(el: ElementRef): Promise<void> {
    await (el as ElementHandle).click();
  }

  protected async typeInto(el: ElementRef, text: string): Promise<void> {
    await (el as ElementHandle).type(text);
  }

  async navigate(url: string): Promise<void> {
    await this.page.goto(url);
  }

  async refresh(): Promise<void> {
    await this.page.reload();
  }

  async screenshotPng(): Promise<Buffer> {
    return Buffer.from(await this.page.screenshot({ type: 'png' }));
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

/** `language` becomes navigator.language (through the accept-languages preference). */
export async function launchFirefox({ language = 'en-US' } = {}): Promise<Engine> {
  const { browser: executablePath } = findEngine('firefox');
  const downloads = mkdtempSync(join(tmpdir(), 'pp-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--width=1280', '--height=900'],
    extraPrefsFirefox: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'intl.accept_languages': language,
    },
  });
  const [page] = await browser.pages();
  const first = page ?? (await browser.newPage());
  return {
    name: 'firefox',
    tab: new FirefoxTab(first),
    downloads,
    async newWindow(action) {
      const before = new Set(browser.targets());
      const opened = browser.waitForTarget(
        (target) => target.type() === 'page' && !before.has(target),
        { timeout: 20_000 },
      );
      await action();
      const target = await opened;
      const newPage = await target.page();
      if (!newPage) throw new Error('The new window has no page');
      return new FirefoxTab(newPage);
    },
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
