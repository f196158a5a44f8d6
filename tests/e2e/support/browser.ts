import { type Browser, chromium } from 'playwright-core';

// Flags keep Chromium from talking to anything but the app (updates, sync, QUIC probes).
// No --user-data-dir: every test gets a fresh, isolated browser.newContext().
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
