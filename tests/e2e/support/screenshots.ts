import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './server';

export const SCREENSHOT_DIR = resolve(ROOT, 'test-results/screenshots');

/** Saves a full-page PNG to test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const safe = name.replace(/[^a-z0-9._-]+/gi, '-');
  const path = resolve(SCREENSHOT_DIR, `${safe}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}
