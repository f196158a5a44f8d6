// The sample organisation in WebKit and Firefox: loaded from Settings (about 17,000 answers),
// found by History search with the word marked, and read by Insights: a planted recurring theme,
// its drill-down, and the pillar trend charts (uPlot, which reads navigator.language).
import { button, loadSampleData, navLink, SLOW, textbox } from './support/app';
import { describe, engineName, expect, screenshot, test } from './support/fixtures';

const TEAM = 'Youth outreach (sample)';
const WORD = 'paperwork';

describe(`sample data (${engineName()})`, () => {
  test('sample data, History search, Insights themes and charts', async ({ engine, baseURL }) => {
    const { tab } = engine;
    const started = Date.now();
    await loadSampleData(tab, baseURL);
    const loaded = Date.now();

    // History: a word typed in the search box finds answers, the word marked in each.
    await tab.click(navLink('History'));
    await tab.find({ role: 'heading', name: 'History', level: 1 });
    await tab.fill(textbox('Search answers and commitments'), WORD);
    await tab.waitForText(new RegExp(`[\\d,]+ results? for “${WORD}”`), SLOW);
    const marks = await tab.evaluate(() =>
      [...document.querySelectorAll('ol.search-results mark')].map((m) => m.textContent ?? ''),
    );
    expect(marks.length).toBeGreaterThan(0);
    expect(
      marks.every((m) => /paper/i.test(m)),
      marks.join(', '),
    ).toBe(true);
    const searched = Date.now();

    // Insights: the team's planted recurring theme, its answers, and the trend charts.
    await tab.click(navLink('Insights'));
    await tab.find({ role: 'heading', name: 'Insights', level: 1 });
    await tab.select({ role: 'combobox', name: 'Team', exact: true }, TEAM);
    await tab.select({ role: 'combobox', name: 'Range', exact: true }, 'all');
    await tab.select({ role: 'combobox', name: 'Group by', exact: true }, 'quarter');
    const recurring = { role: 'region', name: /^recurring/i } as const;
    const theme = {
      role: 'link',
      name: /^paperwork: show its answers$/i,
      within: recurring,
    } as const;
    await tab.find(theme, SLOW);
    const themed = Date.now();
    const pulse = { role: 'region', name: 'How each pillar is trending', exact: true } as const;
    await tab.find({ css: '.uplot canvas', within: pulse }, SLOW);
    await screenshot(tab, 'insights');

    await tab.click(theme);
    const drill = { role: 'region', name: /^Answers behind “paperwork”/i } as const;
    await tab.find({ css: 'mark', within: drill });
    const drillMarks = await tab.evaluate(() =>
      [...document.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
    );
    expect(
      drillMarks.some((m) => /^paper[\s-]?work$/i.test(m)),
      drillMarks.join(', '),
    ).toBe(true);
    await tab.click(button('← All themes'));
    await tab.find(theme);

    console.log(
      `[${engineName()}] sample data ${loaded - started} ms, search ${searched - loaded} ms, ` +
        `themes ${themed - searched} ms`,
    );
    expect(await tab.pageErrors()).toEqual([]);
  });
});
