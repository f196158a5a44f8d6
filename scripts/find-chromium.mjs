// Finds a Chromium/Chrome binary for the browser tests. Never returns "nothing": either a path
// to an executable browser, or it throws telling exactly what to install. On a root Debian
// machine (CI) it installs Debian's `chromium` package itself, saying so.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const CANDIDATE_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
];

/**
 * Flags for every Chromium the tests and benchmarks launch: nothing but the app is contacted
 * (no updates, sync or QUIC probes). No --user-data-dir: each launch gets a fresh profile.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const INSTALL_HINT =
  'Install Chromium (Debian/Ubuntu: "sudo apt-get install chromium"; macOS: install Google Chrome ' +
  'or Chromium into /Applications) or set CHROME_PATH to the browser executable.';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function firstCandidate() {
  return CANDIDATE_PATHS.find(isExecutable);
}

function hasAptGet() {
  return spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

function run(command, args, log) {
  log(`[find-chromium] $ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    throw new Error(
      `"${command} ${args.join(' ')}" failed (exit ${result.status}). ${INSTALL_HINT}`,
    );
  }
}

/**
 * Returns the path of a Chromium-family browser.
 * Order: $CHROME_PATH (must exist if set), /usr/bin/chromium, other common locations, then —
 * only when running as root with apt-get available and `install` is true — Debian's `chromium`.
 * @param {{ install?: boolean, log?: (line: string) => void }} [options]
 * @returns {string}
 */
export function findChromium({ install = true, log = (line) => console.log(line) } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}" but that is not an executable file.`);
  }
  const found = firstCandidate();
  if (found) return found;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot && process.platform === 'linux' && hasAptGet()) {
    log('[find-chromium] No Chromium found; installing Debian package "chromium" with apt-get.');
    run('apt-get', ['update'], log);
    run('apt-get', ['install', '-y', 'chromium'], log);
    const installed = firstCandidate();
    if (installed) {
      log(`[find-chromium] Installed Chromium at ${installed}.`);
      return installed;
    }
    throw new Error(`apt-get installed "chromium" but no browser was found. ${INSTALL_HINT}`);
  }
  throw new Error(`No Chromium or Chrome found for the browser tests. ${INSTALL_HINT}`);
}

// `node scripts/find-chromium.mjs` prints the path (installing if it may).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(findChromium({ log: (line) => console.error(line) }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
