import { replaceDatabaseForTests } from '../../../src/db/db';
import { type AppDB, createDatabase } from '../../../src/db/schema';

let counter = 0;

/** A fresh, empty database (fake-indexeddb) swapped in as the app's connection. */
export async function freshDatabase(): Promise<AppDB> {
  counter += 1;
  const handle = createDatabase(`test-${counter}-${crypto.randomUUID()}`);
  replaceDatabaseForTests(handle);
  await handle.open();
  return handle;
}
