import { installBuiltIns } from './builtIns';
import { db } from './db';
import { DB_NAME } from './schema';
import { readSetting, writeSetting } from './settings';

/**
 * Which shipped library is in the database: the build's library version (a hash of
 * src/domain/library, set by vite.config.ts) and how many built-in prompts and plans it wrote.
 */
interface InstalledLibrary {
  version: string;
  prompts: number;
  plans: number;
}

/** Setting key of the installed library's record. Renaming it only costs one reinstall. */
export const INSTALLED_LIBRARY_SETTING = 'built-in-library';

/** Set in production builds only; without it (dev server, tests) every start installs. */
const BUILD_LIBRARY_VERSION: string | undefined = import.meta.env.BUILT_IN_LIBRARY_VERSION;

// Built-in ids are stable and prefixed (domain/library: "bi-…", plans "bi-plan-…").
const countBuiltInPrompts = () => db.prompts.where('id').startsWith('bi-').count();
const countBuiltInPlans = () => db.plans.where('id').startsWith('bi-plan-').count();

/**
 * True when this build's library is installed and all of it is still there (a restored older
 * backup may lack newer built-ins: then the counts differ and it is installed again).
 */
async function libraryIsInstalled(version: string): Promise<boolean> {
  const stored = await readSetting<InstalledLibrary | null>(INSTALLED_LIBRARY_SETTING, null);
  if (stored?.version !== version) return false;
  const [prompts, plans] = await Promise.all([countBuiltInPrompts(), countBuiltInPlans()]);
  return prompts === stored.prompts && plans === stored.plans;
}

const loadLibrary = () =>
  Promise.all([import('../domain/library/prompts'), import('../domain/library/plans')]);

/**
 * On a device where the app's database does not exist yet the library is surely needed: start
 * fetching it now, alongside creating the database, rather than one round trip later. Null when
 * the database exists (or the browser cannot list databases).
 */
async function loadLibraryIfNew(): Promise<Awaited<ReturnType<typeof loadLibrary>> | null> {
  const existing = await indexedDB.databases?.().catch(() => undefined);
  if (!existing || existing.some((d) => d.name === DB_NAME)) return null;
  return loadLibrary();
}

/**
 * Opens the database and makes sure the shipped prompt library and plans are present. The
 * library's text (~10 KB gzip) is fetched only when this build's library is not installed yet.
 */
export async function openDatabase(libraryVersion = BUILD_LIBRARY_VERSION): Promise<void> {
  if (typeof indexedDB === 'undefined') {
    throw new Error('IndexedDB is not available in this browser window.');
  }
  const early = loadLibraryIfNew().catch(() => null);
  await db.open();
  if (libraryVersion && (await libraryIsInstalled(libraryVersion))) return;
  const [{ BUILT_IN_PROMPTS }, { BUILT_IN_PLANS }] = (await early) ?? (await loadLibrary());
  await installBuiltIns(BUILT_IN_PROMPTS, BUILT_IN_PLANS);
  if (libraryVersion) {
    const installed: InstalledLibrary = {
      version: libraryVersion,
      prompts: await countBuiltInPrompts(),
      plans: await countBuiltInPlans(),
    };
    await writeSetting(INSTALLED_LIBRARY_SETTING, installed);
  }
}
