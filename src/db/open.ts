import { db } from './db';
import { installBuiltIns } from './library';

/** Opens the database and makes sure the shipped prompt library and plans are present. */
export async function openDatabase(): Promise<void> {
  if (typeof indexedDB === 'undefined') {
    throw new Error('IndexedDB is not available in this browser window.');
  }
  await db.open();
  // The library's text is loaded on its own so it does not weigh on the first paint's bundle.
  const [{ BUILT_IN_PROMPTS }, { BUILT_IN_PLANS }] = await Promise.all([
    import('../domain/library/prompts'),
    import('../domain/library/plans'),
  ]);
  await installBuiltIns(BUILT_IN_PROMPTS, BUILT_IN_PLANS);
}
