import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => {
          const summary = (n.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim();
          return `    - ${JSON.stringify(n.target)}  ${n.html.slice(0, 160)}\n      ${summary}`;
        })
        .join('\n');
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.nodes.length} node(s))\n${nodes}`;
    })
    .join('\n');
}

/** Waits for finite CSS animations/transitions so colour checks see the settled page. */
async function settle(page: Page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const finite = document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
}

export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await settle(page);
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) {
    try {
      await page.addScriptTag({ content: AXE_SOURCE });
    } catch {
      // A strict CSP can refuse an injected <script>; evaluating through the devtools protocol
      // is not subject to it.
      await page.evaluate(AXE_SOURCE);
    }
  }
  return page.evaluate(async (tags) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time, untyped here.
    const axe = (window as any).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations;
  }, WCAG_TAGS);
}

/** Fails listing every WCAG 2.x A/AA violation axe-core finds on the current page. */
export async function expectNoAxeViolations(page: Page, label = page.url()) {
  const violations = await runAxe(page);
  if (violations.length > 0) {
    throw new Error(
      `axe-core found ${violations.length} WCAG violation(s) on ${label}:\n` +
        formatViolations(violations),
    );
  }
}
