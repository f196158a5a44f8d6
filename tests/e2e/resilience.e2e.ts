// Acceptance tests of "Your data is safe": a strict Content-Security-Policy with no violation on
// any screen; a schema upgrade from another tab that neither hangs nor loses a write; one huddle
// open in two tabs handing over without losing a keystroke; automatic snapshots taken when a
// huddle ends and restorable from Settings; and a period report that prints to a real PDF.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { uniqueTeamName } from './support/app-page';
import { expectNoAxeViolations } from './support/axe';
import { describe, expect, test } from './support/fixtures';
import { HuddlePage } from './support/huddle-page';
import { SCREENSHOT_DIR, screenshot } from './support/screenshots';

interface Violation {
  page: string;
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/** Records every CSP violation in every page of the context (listener added before any script). */
async function watchCsp(context: BrowserContext): Promise<Violation[]> {
  const violations: Violation[] = [];
  await context.exposeBinding('__reportCspViolation', ({ page }, v: Omit<Violation, 'page'>) => {
    violations.push({ page: page.url(), ...v });
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation: (v: unknown) => void }).__reportCspViolation({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}`,
        sample: e.sample,
      });
    });
  });
  context.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) {
      violations.push({
        page: message.page()?.url() ?? '',
        directive: 'console',
        blocked: '',
        source: '',
        sample: message.text(),
      });
    }
  });
  return violations;
}

/**
 * axe's injected <script> is itself refused by the policy (the harness then evaluates it through
 * the devtools protocol): what it triggers is not the app's doing, so it is not counted.
 */
async function axeIgnoringItsOwnInjection(page: Page, violations: Violation[], label: string) {
  const before = violations.length;
  await expectNoAxeViolations(page, label);
  violations.splice(before);
}

async function openCheckIn(page: Page, team: string) {
  await page.getByRole('link', { name: 'Facilitate', exact: true }).click();
  await page.getByLabel('Team', { exact: true }).selectOption({ label: team });
  await page.getByRole('radio', { name: /10-minute check-in/ }).check();
  await page.getByRole('button', { name: 'Open the huddle' }).click();
  await page.getByRole('heading', { level: 1, name: /who is here/ }).waitFor();
}

/** A team with one short huddle in progress, on Kai's turn of the check-in. */
async function startHuddle(page: Page, team: string): Promise<HuddlePage> {
  const huddle = new HuddlePage(page);
  await page.getByRole('link', { name: 'Teams', exact: true }).click();
  await page.getByLabel('Team name', { exact: true }).fill(team);
  await page.getByRole('button', { name: 'Create team', exact: true }).click();
  await page
    .getByRole('list', { name: 'Teams', exact: true })
    .getByRole('link', { name: team, exact: true })
    .waitFor();
  await openCheckIn(page, team);
  await huddle.addPeople(['Kai', 'Lee', 'Mo']);
  await huddle.button('Start huddle').click();
  await huddle.waitForStep('Check-in');
  await page.getByRole('heading', { name: "Kai's turn" }).waitFor();
  return huddle;
}

async function finishEarly(page: Page, huddle: HuddlePage) {
  await huddle.button('End early').click();
  await huddle.button('Yes, end the huddle').click();
  await huddle.button('Finish and save the summary').click();
  await page.waitForURL(/\/history\//);
}

/** Runs the huddle to its end with Next (not ended early, which closes it early) and finishes. */
async function finishHuddle(page: Page, huddle: HuddlePage) {
  const thanks = page.getByRole('heading', { name: 'Thank you, everyone' });
  for (let i = 0; i < 20 && !(await thanks.isVisible()); i += 1) {
    const step = await page.getByRole('heading', { level: 1 }).innerText();
    await huddle.next();
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: step }).first().waitFor();
  }
  await huddle.button('Finish and save the summary').click();
  await page.waitForURL(/\/history\//);
}

const goal = (page: Page) => page.locator('section.turn').getByLabel('What is your goal today?');

describe('Content-Security-Policy', () => {
  test('the built page carries the policy and no inline script', async ({ baseURL }) => {
    const html = await (await fetch(new URL('/index.html', baseURL))).text();
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    expect(html).toContain("script-src 'self'");
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(attributes, 'every script is a file').toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/<[^>]+\sstyle=/);
  });

  test('no violation on any screen, the live huddle and the room screen included', async ({
    openApp,
  }) => {
    const { app, page, context } = await openApp();
    const violations = await watchCsp(context);
    await app.goto('/');
    const team = uniqueTeamName();
    const huddle = await startHuddle(page, team);
    const huddleUrl = page.url();
    // React style props (the timer bar, progress) are set through the CSSOM: allowed.
    await goal(page).fill('Plan the new intake');
    await huddle.waitSaved(page.locator('section.turn'));
    const [room] = await Promise.all([
      context.waitForEvent('page'),
      huddle.button('Open room screen').click(),
    ]);
    await room.waitForLoadState();
    await room.getByText('Check-in').first().waitFor();
    await page.keyboard.press('g');
    await page.getByRole('dialog', { name: 'Grounding moment' }).waitFor();
    await page.keyboard.press('Escape');
    await finishEarly(page, huddle);
    const summaryUrl = page.url();
    await room.close();

    const teamId = await page.evaluate(async (name) => {
      const open = indexedDB.open('parallel-process');
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const teams = await new Promise<{ id: string; name: string }[]>((ok) => {
        const request = db.transaction('teams').objectStore('teams').getAll();
        request.onsuccess = () => ok(request.result);
      });
      db.close();
      return teams.find((t) => t.name === name)?.id ?? '';
    }, team);

    const paths = [
      '/',
      '/facilitate',
      '/history',
      '/insights',
      '/library',
      '/settings',
      `/teams/${teamId}`,
      `/reports?team=${teamId}`,
      '/no-such-page',
      new URL(summaryUrl).pathname,
      new URL(huddleUrl).pathname,
    ];
    for (const path of paths) {
      await app.goto(path);
      // Let lazy chunks, workers and charts finish loading.
      await page.waitForLoadState('networkidle');
      await app.setLargeText(true);
      await app.setLargeText(false);
    }
    await page.emulateMedia({ media: 'print' });
    await app.goto(`/reports?team=${teamId}`);
    await page.emulateMedia({ media: 'screen' });

    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    // The listener does hear violations: an injected inline script is refused and reported.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran, 'an inline script must not run').toBe(false);
    await expect.poll(() => violations.some((v) => v.directive === 'script-src-elem')).toBe(true);
  });
});

describe('a schema upgrade opened in another tab', () => {
  test('closes this tab’s connection at once, shows the banner, reopens and keeps saving', async ({
    openApp,
  }) => {
    const { app, page, context } = await openApp();
    await app.goto('/');
    const team = uniqueTeamName();
    const huddle = await startHuddle(page, team);
    await goal(page).fill('Saved before the upgrade');
    await huddle.waitSaved(page.locator('section.turn'));

    // Tab B: any page of the app, which then opens the database at a higher version itself.
    const other = await context.newPage();
    await other.goto(new URL('/library', page.url()).href);
    await other.getByRole('heading', { level: 1 }).first().waitFor();
    const result = await other.evaluate(async () => {
      const started = performance.now();
      let blocked = false;
      const db = await new Promise<IDBDatabase | 'timeout'>((ok, fail) => {
        const request = indexedDB.open('parallel-process', 1000);
        request.onblocked = () => {
          blocked = true;
        };
        request.onupgradeneeded = () => {
          request.result.createObjectStore('addedByANewerVersion');
        };
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
        setTimeout(() => ok('timeout'), 10_000);
      });
      if (db === 'timeout') return { opened: false, blocked, ms: performance.now() - started };
      const read = <T>(store: string) =>
        new Promise<T[]>((ok) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => ok(r.result as T[]);
        });
      const answers = await read<{ text?: string }>('responses');
      const teams = await read<{ name: string }>('teams');
      // The newer version can write straight away.
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction('addedByANewerVersion', 'readwrite');
        tx.objectStore('addedByANewerVersion').put({ written: true }, 'probe');
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
      return {
        opened: true,
        blocked,
        ms: performance.now() - started,
        version: db.version,
        answers: answers.map((a) => a.text ?? ''),
        teams: teams.map((t) => t.name),
      };
    });
    expect(result.opened, 'the newer version opened (no hang)').toBe(true);
    expect(result.blocked, 'this tab closed its connection at once').toBe(false);
    expect(result.ms).toBeLessThan(5_000);
    expect(result.answers).toContain('Saved before the upgrade');
    expect(result.teams).toContain(team);

    // Tab A says what happened, reopens on the newer schema and keeps saving.
    const banner = page
      .getByRole('status')
      .filter({ hasText: 'A newer version of Parallel Process' });
    await banner.waitFor();
    await screenshot(page, 'resilience-upgrade-banner');
    await goal(page).fill('Typed after the upgrade');
    await huddle.waitSaved(page.locator('section.turn'));
    await expect(goal(page).inputValue(), 'the words stay on screen').resolves.toBe(
      'Typed after the upgrade',
    );
    await other.close();
  });
});

describe('one huddle open in two tabs', () => {
  test('the second tab offers to take over; the first saves, hands over and stops', async ({
    openApp,
  }) => {
    const { app, page, context } = await openApp();
    await app.goto('/');
    const huddle = await startHuddle(page, uniqueTeamName());

    const second = await context.newPage();
    await second.goto(page.url());
    await second
      .getByRole('heading', { level: 1, name: 'This huddle is open in another tab' })
      .waitFor();
    await screenshot(second, 'resilience-open-elsewhere');
    await expectNoAxeViolations(second, 'huddle open in another tab');

    // Typed in the first tab and not yet saved (the save waits 300 ms) when the second asks.
    await goal(page).fill('Still being typed when the tab moved');
    await second.getByRole('button', { name: 'Take over here' }).click();

    await page
      .getByRole('heading', { level: 1, name: 'This huddle moved to another tab' })
      .waitFor();
    // The second tab rebuilds the huddle from what the first saved, as a reload would: Kai had
    // not pressed Done, so it is still Kai's turn, with Kai's words in the box.
    await new HuddlePage(second).waitForStep('Check-in');
    await second.getByRole('heading', { name: "Kai's turn" }).waitFor();
    await expect(goal(second).inputValue()).resolves.toBe('Still being typed when the tab moved');
    await screenshot(second, 'resilience-taken-over');
    await expect(page.locator('section.turn').count(), 'the first tab stopped').resolves.toBe(0);
    await screenshot(page, 'resilience-moved');
    await expectNoAxeViolations(page, 'huddle moved to another tab');

    // The huddle carries on in the second tab and can be taken back.
    await goal(second).fill('Carried on in the second tab');
    await new HuddlePage(second).waitSaved(second.locator('section.turn'));
    await page.getByRole('button', { name: 'Take over here' }).click();
    await huddle.waitForStep('Check-in');
    // Still Kai's turn, with the words typed in the second tab.
    await page.getByRole('heading', { name: "Kai's turn" }).waitFor();
    await expect(goal(page).inputValue()).resolves.toBe('Carried on in the second tab');
    await second
      .getByRole('heading', { level: 1, name: 'This huddle moved to another tab' })
      .waitFor();
    await second.close();
  });
});

describe('backup reminder', () => {
  test('after three huddles with no backup, a banner leads to the backup section', async ({
    session: { app, page },
  }) => {
    await app.goto('/');
    const team = uniqueTeamName();
    const huddle = await startHuddle(page, team);
    await finishHuddle(page, huddle);
    for (let i = 0; i < 2; i += 1) {
      await expect(page.getByRole('region', { name: 'Backup reminder' }).count()).resolves.toBe(0);
      await openCheckIn(page, team);
      await page.getByRole('button', { name: 'Everyone on the list is here' }).click();
      await huddle.button('Start huddle').click();
      await huddle.waitForStep('Check-in');
      // Never during a huddle, whatever the count.
      await expect(page.getByRole('region', { name: 'Backup reminder' }).count()).resolves.toBe(0);
      await finishHuddle(page, huddle);
    }
    const banner = page.getByRole('region', { name: 'Backup reminder' });
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toMatch(/3 huddles and no backup yet/);
    await expectNoAxeViolations(page, 'summary with the backup reminder');
    await screenshot(page, 'resilience-backup-reminder');

    await banner.getByRole('link', { name: 'Back up now' }).click();
    await page.waitForURL(/\/settings#backup-heading$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('backup-heading');

    await banner.getByRole('button', { name: 'Remind me later' }).click();
    await banner.waitFor({ state: 'detached' });
  });
});

describe('automatic snapshots and the period report', () => {
  test('a snapshot is taken when a huddle ends and restores the data it holds', async ({
    session: { app, page, context },
  }) => {
    // The restore runs the backup validators: still no CSP violation.
    const violations = await watchCsp(context);
    await app.goto('/');
    const team = uniqueTeamName();
    const huddle = await startHuddle(page, team);
    await goal(page).fill('Kept in the snapshot');
    await huddle.waitSaved(page.locator('section.turn'));
    await finishEarly(page, huddle);
    const summaryUrl = page.url();

    // In-app navigation: the snapshot is being taken in the background.
    await app.navLink('Settings').click();
    const section = page.getByRole('region', { name: 'Automatic snapshots' });
    const list = section.getByRole('list', { name: 'Snapshots, newest first' });
    await list.getByRole('listitem').filter({ hasText: 'A huddle ended' }).first().waitFor();
    await expect(list.getByRole('listitem').first().textContent()).resolves.toMatch(
      /1 team · 1 huddle · \d+ answers?/,
    );

    // Something done after the snapshot…
    const later = `${team} (made later)`;
    await app.goto('/');
    await app.createTeam(later);

    // …is undone by restoring it, after a safety snapshot of the current data.
    await app.goto('/settings');
    await axeIgnoringItsOwnInjection(page, violations, 'Settings with snapshots');
    await screenshot(page, 'resilience-settings-snapshots');
    const ended = list.getByRole('listitem').filter({ hasText: 'A huddle ended' }).first();
    await ended.getByRole('button', { name: /^Restore the snapshot of/ }).click();
    await expect(section.getByRole('group').textContent()).resolves.toMatch(
      /replaced by the data in this snapshot/,
    );
    await axeIgnoringItsOwnInjection(page, violations, 'Settings asking to confirm a restore');
    await section.getByRole('button', { name: 'Yes, replace my data with this snapshot' }).click();
    await section
      .getByRole('status')
      .filter({ hasText: /Restored the snapshot of/ })
      .waitFor();
    await list
      .getByRole('listitem')
      .first()
      .filter({ hasText: 'Before a restore or import' })
      .waitFor();

    await app.goto('/');
    await app.team(team).waitFor();
    await expect(app.team(later).count()).resolves.toBe(0);
    await app.goto(new URL(summaryUrl).pathname);
    await page.getByText('Kept in the snapshot').waitFor();
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  test('the period report renders, passes axe and prints to a non-empty PDF', async ({
    session: { app, page },
  }) => {
    await app.goto('/');
    const team = uniqueTeamName();
    const huddle = await startHuddle(page, team);
    await goal(page).fill('Not quoted in the report');
    await huddle.waitSaved(page.locator('section.turn'));
    await finishHuddle(page, huddle);

    await app.goto('/settings');
    await page.getByRole('link', { name: 'Make a period report' }).click();
    await page.getByLabel('Team', { exact: true }).selectOption({ label: team });
    await page.getByRole('button', { name: 'Show report' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`${team}: huddles`) }).waitFor();
    const overview = page.getByRole('region', { name: 'Overview' });
    await expect(overview.textContent()).resolves.toMatch(/Huddles held\s*1/);
    await expect(page.getByRole('region', { name: 'Huddles' }).textContent()).resolves.toMatch(
      /10-minute check-in/,
    );
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('Not quoted');
    expect(page.url()).toMatch(/\/reports\?team=[^&]+&from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/);
    await expectNoAxeViolations(page, 'period report');
    await screenshot(page, 'resilience-report');

    await page.emulateMedia({ media: 'print' });
    await expect(
      page.getByRole('button', { name: 'Print' }).isVisible(),
      'no buttons on paper',
    ).resolves.toBe(false);
    // Back to no emulation: page.pdf() then renders with the print stylesheet, as printing does.
    await page.emulateMedia({ media: null });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.byteLength).toBeGreaterThan(5_000);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(resolve(SCREENSHOT_DIR, 'resilience-report.pdf'), pdf);
  });
});
