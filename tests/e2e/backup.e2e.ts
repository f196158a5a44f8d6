// Acceptance tests of "Your data is safe" (backups): a team runs a short huddle, exports a backup
// from Settings, a fresh browser profile (an empty database) imports it, previews, applies and
// finds everything again; corrupted files are refused with a clear message; axe on Settings with
// the preview shown.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { uniqueTeamName } from './support/app-page';
import { expectNoAxeViolations } from './support/axe';
import { describe, expect, test } from './support/fixtures';
import { HuddlePage } from './support/huddle-page';
import { screenshot } from './support/screenshots';

const ANSWER = 'Plan the new intake with families';

/** A 10-minute check-in with one person, who answers the goal question. */
async function runShortHuddle(page: Page, team: string) {
  const huddle = new HuddlePage(page);
  await page.getByRole('link', { name: 'Facilitate', exact: true }).click();
  await page.getByLabel('Team', { exact: true }).selectOption({ label: team });
  await page.getByRole('radio', { name: /10-minute check-in/ }).check();
  await page.getByRole('button', { name: 'Open the huddle' }).click();
  await page.getByRole('heading', { level: 1, name: /who is here/ }).waitFor();
  await huddle.addPeople(['Kai']);
  await huddle.button('Start huddle').click();
  await huddle.waitForStep('Check-in');
  await huddle.turn.getByLabel('What is your goal today?').fill(ANSWER);
  await huddle.button('Done — next person').click();
  await page.getByText('Everyone has had a turn.').waitFor();
  await huddle.next();
  await huddle.waitForStep(/Closing/);
  await huddle.next();
  await page.getByRole('heading', { name: 'Thank you, everyone' }).waitFor();
  await huddle.button('Finish and save the summary').click();
  await page.waitForURL(/\/history\//);
  await page.getByText(ANSWER).waitFor();
}

async function exportEverything(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

async function chooseFile(page: Page, name: string, text: string) {
  await page.getByLabel('Choose a backup file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

describe('backing up and restoring', () => {
  test('export, then import into an empty database, reproduces the data', async ({
    session: { app, page },
    openApp,
  }) => {
    const team = uniqueTeamName();
    await app.goto('/');
    await app.createTeam(team);
    await runShortHuddle(page, team);

    await app.navLink('Settings').click();
    await page.getByRole('heading', { level: 2, name: 'Back up and restore' }).waitFor();
    const backup = await exportEverything(page);
    expect(backup.name).toMatch(/^parallel-process-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(backup.text);
    expect(file).toMatchObject({ format: 'parallel-process-backup', formatVersion: 2 });
    expect(file.data.teams.map((t: { name: string }) => t.name)).toEqual([team]);
    expect(file.data.responses.some((r: { text?: string }) => r.text === ANSWER)).toBe(true);
    await page.getByText(/^Last backup: /).waitFor();

    // A fresh browser profile: an empty database, as after clearing site data.
    const fresh = await openApp();
    await fresh.app.goto('/');
    await fresh.page.getByRole('heading', { name: 'No teams yet' }).waitFor();
    await fresh.app.navLink('Settings').click();
    await chooseFile(fresh.page, backup.name, backup.text);
    await fresh.page.getByRole('heading', { name: 'Before you import' }).waitFor();
    const answers = fresh.page.getByRole('row', { name: /^Answers/ });
    expect(await answers.getByRole('cell').allInnerTexts()).toEqual(['1', '0', '0', '0', '0']);
    await screenshot(fresh.page, 'backup-preview');
    await expectNoAxeViolations(fresh.page, 'settings with the import preview');
    // A phone: the page does not scroll sideways (WCAG 1.4.10 reflow); the table may, in its own
    // keyboard-focusable region (data tables are the criterion's named exception).
    await fresh.page.setViewportSize({ width: 360, height: 800 });
    await screenshot(fresh.page, 'backup-preview-phone');
    const overflow = await fresh.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(fresh.page, 'import preview on a phone');
    await fresh.page.setViewportSize({ width: 1280, height: 800 });

    await fresh.page.getByRole('button', { name: 'Apply import' }).click();
    await fresh.page.getByText(/^Import finished: \d+ records added/).waitFor();
    await screenshot(fresh.page, 'backup-imported');
    await expectNoAxeViolations(fresh.page, 'settings after the import');

    // Everything is back: the team, its huddle and the answer.
    await fresh.app.navLink('Teams').click();
    await fresh.app.team(team).waitFor();
    await fresh.page.goto(fresh.app.url(`/history/${file.data.sessions[0].id}`));
    await fresh.page.getByText(ANSWER).waitFor();
    // Exporting again from the restored profile gives the same data.
    await fresh.app.navLink('Settings').click();
    const again = await exportEverything(fresh.page);
    const restored = JSON.parse(again.text);
    for (const table of Object.keys(file.data)) {
      if (table === 'prompts' || table === 'plans') continue; // built-ins are installed on start
      expect(restored.data[table], table).toEqual(file.data[table]);
    }
    expect(restored.data.prompts).toEqual(file.data.prompts);
    expect(restored.checksum.value).toBe(file.checksum.value);
  });

  test('a corrupted or foreign file is refused with a clear message', async ({
    session: { app, page },
  }) => {
    await app.goto('/settings');
    await page.getByRole('heading', { level: 2, name: 'Back up and restore' }).waitFor();
    const backup = await exportEverything(page);

    await chooseFile(
      page,
      'cut-off.json',
      backup.text.slice(0, Math.floor(backup.text.length / 2)),
    );
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('This backup file is damaged or incomplete');
    await screenshot(page, 'backup-error');
    await expectNoAxeViolations(page, 'settings with an import error');

    const tampered = backup.text.replace('"builtIn":true', '"builtIn":false');
    await chooseFile(page, 'edited.json', tampered);
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('its contents do not match its checksum');

    await chooseFile(page, 'notes.json', '{"hello":"world"}');
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toContain('it is JSON, but not in the backup format');
    expect(await page.getByRole('button', { name: 'Apply import' }).count()).toBe(0);
  });
});
