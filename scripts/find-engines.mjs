// Finds the two other browser engines the tests run in, from Debian packages: WebKitGTK (the
// engine of Safari on iPad: WebKitWebDriver + MiniBrowser, under xvfb-run) and Firefox ESR.
// Never returns "nothing": either the paths, or it throws saying exactly what to install.
// `.ci/run` installs them; this file only looks.
import { accessSync, constants, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ENGINES = ['webkit', 'firefox'];

export const INSTALL_HINTS = {
  webkit: 'apt-get install webkit2gtk-driver xvfb',
  firefox: 'apt-get install firefox-esr',
};

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** Debian puts MiniBrowser under the multiarch library folder (x86_64-linux-gnu, aarch64-…). */
function miniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  let folders = [];
  try {
    folders = readdirSync('/usr/lib').filter((name) => name.endsWith('-linux-gnu'));
  } catch {
    // Not Linux.
  }
  return folders
    .map((arch) => `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`)
    .find((path) => isExecutable(path));
}

/**
 * @param {'webkit' | 'firefox'} engine
 * @returns {{ driver?: string, browser: string, xvfb?: string }}
 */
export function findEngine(engine) {
  const missing = (what) =>
    new Error(
      `${what} not found, so the ${engine} browser tests cannot run. Install it: ` +
        `"${INSTALL_HINTS[engine]}" (Debian/Ubuntu; .ci/run does this when it runs as root).`,
    );
  if (engine === 'webkit') {
    const driver = process.env.WEBKIT_WEBDRIVER ?? onPath('WebKitWebDriver');
    if (!driver || !isExecutable(driver)) throw missing('WebKitWebDriver');
    const browser = miniBrowser();
    if (!browser || !isExecutable(browser)) throw missing('The WebKitGTK MiniBrowser');
    const xvfb = onPath('xvfb-run');
    if (!xvfb) throw missing('xvfb-run');
    return { driver, browser, xvfb };
  }
  if (engine === 'firefox') {
    const browser =
      process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(isExecutable);
    if (!browser || !isExecutable(browser)) throw missing('Firefox (firefox-esr)');
    return { browser };
  }
  throw new Error(`Unknown engine "${engine}"; expected one of ${ENGINES.join(', ')}.`);
}
