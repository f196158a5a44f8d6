// A browser that reports a language tag Intl rejects: WebKitGTK under LANG=C.UTF-8 and Firefox
// with accept-languages "C" both say navigator.language is "C". uPlot formats numbers with
// `new Intl.NumberFormat(navigator.language)` as its module loads, which threw and kept the
// Insights screen from loading at all; src/lib/locale.ts repairs the tag first.
import { loadSampleData, navLink, SLOW } from './support/app';
import { describe, engineName, expect, launchEngine, screenshot, test } from './support/fixtures';

describe(`an invalid browser language (${engineName()})`, () => {
  test('Insights still draws its charts when navigator.language is "C"', async ({ baseURL }) => {
    const engine = await launchEngine({ language: 'C' });
    try {
      const { tab } = engine;
      await tab.goto(baseURL);
      // The condition is real: the browser says "C", and Intl rejects it.
      expect(
        await tab.evaluate(() => {
          try {
            new Intl.NumberFormat(navigator.language);
            return `accepted ${navigator.language}`;
          } catch {
            return `rejected ${navigator.language}`;
          }
        }),
      ).toBe('rejected C');

      await loadSampleData(tab, baseURL);
      await tab.click(navLink('Insights'));
      await tab.find({ role: 'heading', name: 'Insights', level: 1 }, SLOW);
      await tab.select({ role: 'combobox', name: 'Team', exact: true }, 'Youth outreach (sample)');
      await tab.select({ role: 'combobox', name: 'Range', exact: true }, 'all');
      const pulse = { role: 'region', name: 'How each pillar is trending', exact: true } as const;
      await tab.find({ css: '.uplot canvas', within: pulse }, SLOW);
      await screenshot(tab, 'insights-language-C');
      expect(await tab.pageErrors()).toEqual([]);
    } catch (error) {
      await screenshot(engine.tab, 'FAILED-insights-language-C').catch(() => undefined);
      throw error;
    } finally {
      await engine.close();
    }
  });
});
