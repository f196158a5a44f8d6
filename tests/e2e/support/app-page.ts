import type { Locator, Page } from 'playwright-core';

export const ROUTES = [
  { name: 'home', path: '/', nav: 'Teams' },
  { name: 'facilitate', path: '/facilitate', nav: 'Facilitate' },
  { name: 'history', path: '/history', nav: 'History' },
  { name: 'insights', path: '/insights', nav: 'Insights' },
  { name: 'library', path: '/library', nav: 'Library' },
  { name: 'settings', path: '/settings', nav: 'Settings' },
] as const;

export const NOT_FOUND_PATH = '/no-such-page';

const VISIBLE = 15_000;

/** Page model of the app shell: landmarks, navigation, large text and the Home team list. */
export class AppPage {
  constructor(
    readonly page: Page,
    readonly baseURL: string,
  ) {}

  url(path: string) {
    return new URL(path, this.baseURL).href;
  }

  async goto(path: string) {
    await this.page.goto(this.url(path));
    await this.ready();
  }

  async reload() {
    await this.page.reload();
    await this.ready();
  }

  /** The shell has rendered when its level-1 heading is visible. */
  async ready() {
    await this.h1.waitFor({ state: 'visible', timeout: VISIBLE });
  }

  get h1(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
  get main(): Locator {
    return this.page.getByRole('main');
  }
  get nav(): Locator {
    return this.page.getByRole('navigation');
  }
  navLink(name: string): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }
  get skipLink(): Locator {
    return this.page.getByRole('link', { name: 'Skip to content' });
  }
  get largeTextButton(): Locator {
    return this.page.getByRole('button', { name: 'Large text' });
  }

  async setLargeText(on: boolean) {
    const button = this.largeTextButton;
    if ((await button.getAttribute('aria-pressed')) !== String(on)) await button.click();
    await this.page.waitForFunction(
      (want) =>
        [...document.querySelectorAll('button[aria-pressed]')].some(
          (b) => b.textContent?.includes('Large text') && b.getAttribute('aria-pressed') === want,
        ),
      String(on),
    );
  }

  // Home
  get teamNameInput(): Locator {
    return this.page.getByLabel('Team name', { exact: true });
  }
  get createTeamButton(): Locator {
    return this.page.getByRole('button', { name: 'Create team', exact: true });
  }
  get teamList(): Locator {
    return this.page.getByRole('list', { name: 'Teams', exact: true });
  }
  team(name: string): Locator {
    return this.teamList.getByRole('listitem').filter({ hasText: name });
  }

  async createTeam(name: string) {
    await this.teamNameInput.fill(name);
    await this.createTeamButton.click();
    await this.team(name).waitFor({ state: 'visible', timeout: VISIBLE });
  }

  /** Waits for the service worker to be active and to control this page (reloading once). */
  async waitForServiceWorkerControl() {
    const ready = await this.page.evaluate(async () => {
      if (!('serviceWorker' in navigator)) return 'no serviceWorker API';
      const timeout = new Promise<string>((r) => setTimeout(() => r('timed out'), 20_000));
      return Promise.race([navigator.serviceWorker.ready.then(() => 'ready'), timeout]);
    });
    if (ready !== 'ready') {
      throw new Error(`navigator.serviceWorker.ready: ${ready} (does the app register its SW?)`);
    }
    const controlled = () => this.page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!(await controlled())) await this.reload();
    if (!(await controlled())) {
      throw new Error('The service worker is active but does not control the page after a reload.');
    }
  }
}

export function uniqueTeamName() {
  return `E2E team ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}
