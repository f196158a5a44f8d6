// Acceptance tests of the Insights screen against the sample organisation: the planted themes
// of a sample team found in their trend sections, a drill-down with highlighted answers, pillar
// and pulse trends with change arrows, follow-through, and the cross-team overview; axe on each.
import type { Locator, Page } from 'playwright-core';
import { SAMPLE_GUEST_NAMES, SAMPLE_TEAMS } from '../../src/domain/sample/teams';
import { SAMPLE_PLANTED_TOPICS } from '../../src/domain/sample/topics';
import { nameWords } from '../../src/domain/themes/people';
import { expectNoAxeViolations } from './support/axe';
import { describe, expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const SLOW = 120_000;
const TEAM = 'Youth outreach (sample)';

/** Lowercase letters and digits only: "Short-staffed" and "short staffed" compare equal. */
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Settings → "Load sample data": the seeded sample organisation (three teams, two years). */
async function loadSampleData(page: Page, baseURL: string) {
  await page.goto(new URL('/settings', baseURL).href);
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await page
    .getByRole('button', { name: 'Remove sample data' })
    .waitFor({ state: 'visible', timeout: SLOW });
}

async function check(page: Page, name: string) {
  await screenshot(page, `insights-${name}`);
  await expectNoAxeViolations(page, `insights ${name}`);
}

/**
 * Waits until every worker has answered: no progress bar on the page for a second in a row (a
 * control change starts new work a render later, so one empty moment is not enough).
 */
async function settled(page: Page) {
  const deadline = Date.now() + SLOW;
  let quiet = 0;
  while (quiet < 4) {
    if (Date.now() > deadline) throw new Error('Insights kept computing for too long.');
    await page.waitForTimeout(250);
    quiet = (await page.getByRole('progressbar').count()) === 0 ? quiet + 1 : 0;
  }
}

function themeSection(page: Page, trend: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^${trend}`, 'i') });
}

async function themeLabels(section: Locator): Promise<string[]> {
  const more = section.getByRole('button', { name: /^Show all / });
  if (await more.count()) await more.click();
  const links = await section.getByRole('link', { name: /: show its answers$/ }).all();
  return Promise.all(
    links.map(async (l) => ((await l.textContent()) ?? '').replace(/: show its answers$/, '')),
  );
}

/** Every theme on the team view: the three trend sections and the folded "Occasional" list. */
async function allThemeLabels(page: Page): Promise<string[]> {
  const labels: string[] = [];
  for (const trend of ['recurring', 'emerging', 'fading']) {
    labels.push(...(await themeLabels(themeSection(page, trend))));
  }
  const occasional = page.locator('details.theme-group');
  if (await occasional.count()) {
    await occasional.locator('summary').click();
    labels.push(...(await themeLabels(occasional)));
    await occasional.locator('summary').click();
  }
  return labels;
}

/** The words of every sample member's and guest's name ("Sam from intake" → "sam"). */
const PERSON_WORDS = new Set(
  [...SAMPLE_TEAMS.flatMap((t) => t.members.map((m) => m.name)), ...SAMPLE_GUEST_NAMES]
    .flatMap(nameWords)
    .filter((w) => w.length > 1),
);

/** The labels that contain a person's name word (possessives folded): should be none. */
function naming(labels: readonly string[]): string[] {
  return labels.filter((label) =>
    label
      .toLowerCase()
      .split(/[^\p{L}'-]+/u)
      .some((w) => PERSON_WORDS.has(w.replace(/'s$/, ''))),
  );
}

describe('insights', () => {
  test('finds the planted themes of a sample team, drills in, and shows trends and the overview', {
    timeout: 4 * SLOW,
  }, async ({ session: { app, page }, baseURL }) => {
    await loadSampleData(page, baseURL);
    await app.goto('/insights');
    await page.getByLabel('Team', { exact: true }).selectOption({ label: TEAM });
    await page.getByLabel('Range').selectOption('all');
    await page.getByLabel('Group by').selectOption('quarter');
    await expect.poll(() => new URL(page.url()).searchParams.get('range')).toBe('all');
    await settled(page);

    // Every planted topic of this team, by name (the label holds the whole keyword: "intake
    // system", never just "system"), in the section of its shape.
    const planted = SAMPLE_PLANTED_TOPICS.filter((t) => t.teamName === TEAM);
    expect(planted.map((t) => t.shape).sort()).toEqual(['emerging', 'fading', 'recurring']);
    for (const topic of planted) {
      const labels = await themeLabels(themeSection(page, topic.shape));
      const match = labels.find((label) =>
        topic.keywords.some((k) => squash(label).includes(squash(k))),
      );
      expect(match, `${topic.label} among ${topic.shape}: ${labels.join(', ')}`).toBeDefined();
    }
    expect(await themeLabels(themeSection(page, 'recurring'))).toContain('paperwork');
    expect(await themeLabels(themeSection(page, 'emerging'))).toContain('intake system');
    // No theme singles out a member or a guest, in any section.
    const everyTheme = await allThemeLabels(page);
    expect(everyTheme.length).toBeGreaterThanOrEqual(10);
    expect(PERSON_WORDS.has('tom') && PERSON_WORDS.has('sam') && !PERSON_WORDS.has('intake')).toBe(
      true,
    );
    expect(naming(everyTheme), everyTheme.join(', ')).toEqual([]);
    await expect(
      page
        .getByText(/answers read/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await check(page, 'team-themes');

    // Drill into the recurring planted theme: its answers, the words marked, links to huddles.
    await themeSection(page, 'recurring')
      .getByRole('link', { name: /^paperwork: show its answers$/i })
      .click();
    const drill = page.getByRole('region', { name: /^Answers behind “paperwork”/i });
    await drill.waitFor();
    const answers = drill.getByRole('list', { name: /Answers mentioning/ }).getByRole('listitem');
    await answers.first().waitFor();
    expect(await answers.count()).toBeGreaterThanOrEqual(10);
    const marks = await drill.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(10);
    // The engine's matched words for this theme (its spellings), marked as typed.
    expect(marks.every((m) => /paper|documentation/i.test(m))).toBe(true);
    expect(marks.some((m) => /^paper[\s-]?work$/i.test(m))).toBe(true);
    const href = await drill
      .getByRole('link', { name: /^Huddle of / })
      .first()
      .getAttribute('href');
    expect(href).toMatch(/^\/history\/[0-9a-f-]{36}$/);
    // Never attributed: an answer shows its date, pillar and huddle, and nothing about who.
    const meta = await drill.locator('.answer-meta').first().locator(':scope > *').count();
    expect(meta).toBe(3);
    await check(page, 'drilldown');

    // The emerging planted theme: named by its phrase, and that phrase is what is marked.
    await drill.getByRole('button', { name: '← All themes' }).click();
    await themeSection(page, 'emerging')
      .getByRole('link', { name: /^intake system: show its answers$/i })
      .click();
    const intake = page.getByRole('region', { name: /^Answers behind “intake system”/i });
    await intake.waitFor();
    await intake
      .getByRole('list', { name: /Answers mentioning/ })
      .getByRole('listitem')
      .first()
      .waitFor();
    const intakeMarks = await intake.locator('mark').allTextContents();
    expect(intakeMarks.length).toBeGreaterThanOrEqual(5);
    expect(
      intakeMarks.every((m) => /intake system/i.test(m)),
      intakeMarks.join(', '),
    ).toBe(true);

    // Back to all themes; pillar and pulse trends with change words; follow-through.
    await intake.getByRole('button', { name: '← All themes' }).click();
    await page.getByLabel('Group by').selectOption('month');
    await page.getByLabel('Range').selectOption('12m');
    await settled(page);
    const pulse = page.getByRole('region', { name: 'How each pillar is trending' });
    const cards = pulse
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 4 }) });
    expect(await cards.count()).toBe(12);
    await expect(
      pulse
        .getByText(/out of 5 in \w{3} \d{4}/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    expect(
      await pulse
        .locator('.change')
        .filter({ hasText: /(Better|Worse) than|About the same as/ })
        .count(),
    ).toBeGreaterThan(0);
    expect(
      await pulse.getByRole('img', { name: /average rating out of 5 per month/ }).count(),
    ).toBe(12);
    expect(await pulse.locator('canvas').count()).toBeGreaterThanOrEqual(12);
    const follow = page.getByRole('region', { name: /commitments followed through/ });
    await expect(
      follow.getByText(/Across the range: \d+ of \d+ commitments reviewed were done/).isVisible(),
    ).resolves.toBe(true);
    await follow.locator('details.follow-period summary').first().click();
    await follow.locator('details[open] table').first().waitFor();
    await screenshot(page, 'insights-pulse');
    await expectNoAxeViolations(page, 'insights pulse and follow-through');

    // The overview: every team side by side, then the top recurring themes of each.
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'All teams (overview)' });
    const heat = page.getByRole('table', { name: /Average rating \(1 to 5\) per pillar/ });
    await heat.waitFor();
    expect(await heat.getByRole('row').count()).toBe(4);
    await expect(
      heat.getByRole('row', { name: new RegExp(TEAM.replace(/[()]/g, '\\$&')) }).count(),
    ).resolves.toBe(1);
    expect(await heat.locator('td.heat .heat-mean').count()).toBeGreaterThan(5);
    await settled(page);
    const top = page.getByRole('region', { name: 'Top recurring themes per team' });
    expect(await top.getByRole('heading', { level: 3 }).count()).toBe(3);
    const topLabels = await top.getByRole('listitem').getByRole('link').allTextContents();
    expect(topLabels.length).toBeGreaterThanOrEqual(6);
    expect(naming(topLabels), topLabels.join(', ')).toEqual([]);
    await check(page, 'overview');

    await page.emulateMedia({ colorScheme: 'dark' });
    await check(page, 'overview-dark');

    // A tablet in large text (the wall screen's large type): the table scrolls, nothing overlaps.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 768, height: 1024 });
    await app.setLargeText(true);
    await check(page, 'overview-tablet-room');
  });

  test('with no huddles, points to Facilitate and to the sample data', async ({
    session: { app, page },
  }) => {
    await app.goto('/insights');
    const empty = page.getByRole('region', { name: 'No huddles yet' });
    await empty.waitFor();
    await expect(empty.getByRole('link', { name: 'Run a huddle' }).isVisible()).resolves.toBe(true);
    await expect(empty.getByRole('link', { name: 'Settings' }).isVisible()).resolves.toBe(true);
    await check(page, 'empty');
  });
});
