import type { Page } from 'playwright-core';

/** Writes records straight into the app's IndexedDB (already opened and upgraded by the app). */
export async function seedTables(page: Page, tables: Record<string, unknown[]>) {
  for (const [table, rows] of Object.entries(tables)) {
    for (let i = 0; i < rows.length; i += 5000) {
      await page.evaluate(
        ({ table, rows }) =>
          new Promise<void>((done, fail) => {
            const open = indexedDB.open('parallel-process');
            open.onerror = () => fail(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(table, 'readwrite');
              for (const row of rows) tx.objectStore(table).put(row);
              tx.oncomplete = () => {
                open.result.close();
                done();
              };
              tx.onerror = () => fail(tx.error);
            };
          }),
        { table, rows: rows.slice(i, i + 5000) },
      );
    }
  }
}
