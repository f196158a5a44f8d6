import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../../scripts/find-chromium.mjs';

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
}
