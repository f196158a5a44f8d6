// Storage throughput (issue #6): importing a backup of N answers (default 100,000) through the
// app's own import path — Settings › Back up and restore: choose the file, preview, apply — against
// a plain IndexedDB bulk write of the very same records, in the same page of the built app, into a
// database with the app's own object stores and indexes (copied from the app's database, so the
// cost of the indexes is on both sides). Then the same file again, which has nothing to write: the
// cost of the checks, of planning the merge against stored data and of the safety snapshot.
// Prints numbers; asserts nothing.
// Usage: node bench/import-throughput.mjs [answers] [runs]   (run `vite build` first)
//        IMPORT_PROFILE=dir  also writes CPU profiles of each preview and apply (DevTools format).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'rolldown';
import { median, ROOT, withApp } from './lib/browser.mjs';
import { record } from './lib/results.mjs';

const ANSWERS = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 2);
const PROFILE_DIR = process.env.IMPORT_PROFILE;
const SECTION = 'Storage throughput';
const BASELINE_DB = 'bench-plain-bulk-write';

/** Makes the backup file with the app's domain code (bundled for Node), in the exported format. */
async function makeBackupFile(dir) {
  await build({
    input: join(ROOT, 'bench/importBackup.bench.ts'),
    platform: 'node',
    logLevel: 'silent',
    output: { dir, format: 'esm', entryFileNames: 'importBackup.bench.mjs' },
  });
  const path = join(dir, `parallel-process-backup-${ANSWERS}.json`);
  const run = spawnSync(
    process.execPath,
    [join(dir, 'importBackup.bench.mjs'), String(ANSWERS), path],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  if (run.status !== 0) throw new Error(`Could not make the backup file: ${run.stderr}`);
  return { path, counts: JSON.parse(run.stdout.trim().split('\n').at(-1)) };
}

/** Samples the page's used JS heap (CDP) every 100 ms until stopped; returns the peak seen. */
function heapSampler(cdp) {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        peak = Math.max(peak, usedSize);
      } catch {
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return peak;
    },
  };
}

/** Through the Settings screen, as a person would: file chosen → preview → apply → finished. */
async function appImport(page, cdp, path, label) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = heapSampler(cdp);
  if (PROFILE_DIR) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const t0 = Date.now();
  await page.getByLabel('Choose a backup file').setInputFiles(path);
  await page.getByRole('heading', { name: 'Before you import' }).waitFor({ timeout: 600_000 });
  const previewMs = Date.now() - t0;
  if (PROFILE_DIR) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(join(PROFILE_DIR, `preview-${label}.cpuprofile`), JSON.stringify(profile));
    await cdp.send('Profiler.start');
  }
  const t1 = Date.now();
  await page.getByRole('button', { name: 'Apply import' }).click();
  await page.getByText(/^Import finished: /).waitFor({ timeout: 600_000 });
  const applyMs = Date.now() - t1;
  if (PROFILE_DIR) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(join(PROFILE_DIR, `apply-${label}.cpuprofile`), JSON.stringify(profile));
  }
  const peakHeap = await heap.stop();
  const message = await page.getByText(/^Import finished: /).textContent();
  return { previewMs, applyMs, totalMs: previewMs + applyMs, peakHeap, message };
}

/**
 * The baseline: the file's records (read and parsed beforehand, not timed) written with the raw
 * IndexedDB API into a second database of the same origin whose stores and indexes are copied
 * from the app's database; one read-write transaction per table, strict durability like the app.
 */
async function plainBulkWrite(page, path) {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-file';
    input.hidden = true;
    document.body.append(input);
  });
  await page.locator('#bench-file').setInputFiles(path);
  return page.evaluate(async (name) => {
    const request = (req) =>
      new Promise((ok, fail) => {
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
    const input = document.getElementById('bench-file');
    const backup = JSON.parse(await input.files[0].text());
    input.remove();
    // The app's schema as IndexedDB holds it: every store, key path and index.
    const app = await request(indexedDB.open('parallel-process'));
    const schema = [];
    const tx = app.transaction([...app.objectStoreNames], 'readonly');
    for (const storeName of app.objectStoreNames) {
      const store = tx.objectStore(storeName);
      const indexes = [...store.indexNames].map((n) => {
        const index = store.index(n);
        return { name: n, keyPath: index.keyPath, unique: index.unique, multi: index.multiEntry };
      });
      schema.push({ name: storeName, keyPath: store.keyPath, indexes });
    }
    app.close();
    await request(indexedDB.deleteDatabase(name));
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      for (const s of schema) {
        const store = open.result.createObjectStore(s.name, { keyPath: s.keyPath });
        for (const i of s.indexes) {
          store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multi });
        }
      }
    };
    const db = await request(open);
    const tables = Object.entries(backup.data).filter(([, rows]) => rows.length > 0);
    const t0 = performance.now();
    for (const [table, rows] of tables) {
      await new Promise((ok, fail) => {
        const write = db.transaction(table, 'readwrite', { durability: 'strict' });
        const store = write.objectStore(table);
        for (const row of rows) store.put(row);
        write.oncomplete = ok;
        write.onerror = () => fail(write.error);
        write.onabort = () => fail(write.error);
      });
    }
    const ms = performance.now() - t0;
    const written = tables.reduce((n, [, rows]) => n + rows.length, 0);
    db.close();
    await request(indexedDB.deleteDatabase(name));
    return { ms, written };
  }, BASELINE_DB);
}

async function measure(browser, url, path, run) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await page.goto(`${url}/settings`);
    await page.getByLabel('Choose a backup file').waitFor();
    // Let start-up work (library install, first snapshot check) settle before timing.
    await page.waitForTimeout(1500);
    // Alternate which goes first, so neither always meets a warmer (or fuller) disk.
    const plainFirst = run % 2 === 1;
    const plain1 = plainFirst ? await plainBulkWrite(page, path) : null;
    const app = await appImport(page, cdp, path, `${run}`);
    const plain = plain1 ?? (await plainBulkWrite(page, path));
    // The same file again onto what it just imported: nothing to write, so this is the cost of
    // checking, planning the merge against stored data and the safety snapshot of it.
    const again = await appImport(page, cdp, path, `again-${run}`);
    return { app, plain, again, plainFirst };
  } finally {
    await context.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'pp-import-bench-'));
try {
  const { path, counts } = await makeBackupFile(dir);
  const mb = statSync(path).size / 1024 / 1024;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(
    `Backup file: ${mb.toFixed(1)} MB, ${total.toLocaleString('en')} records (${counts.responses.toLocaleString('en')} answers, ${counts.sessions} huddles, ${counts.commitments} commitments, ${counts.teams} teams)`,
  );
  const results = await withApp(
    async ({ browser, url }) => {
      const out = [];
      for (let run = 0; run < RUNS; run += 1) {
        const r = await measure(browser, url, path, run);
        console.log(
          `  run ${run + 1}${r.plainFirst ? ' (plain write first)' : ''}: preview ${r.app.previewMs} ms, apply ${r.app.applyMs} ms, import total ${r.app.totalMs} ms; plain bulk write ${r.plain.ms.toFixed(0)} ms (${r.plain.written.toLocaleString('en')} records); peak JS heap ${(r.app.peakHeap / 1024 / 1024).toFixed(0)} MB`,
        );
        console.log(`    ${r.app.message}`);
        console.log(
          `    the same file again: preview ${r.again.previewMs} ms, apply ${r.again.applyMs} ms (${r.again.message})`,
        );
        out.push(r);
      }
      return out;
    },
    { extraArgs: ['--enable-precise-memory-info'] },
  );
  const previewMs = median(results.map((r) => r.app.previewMs));
  const applyMs = median(results.map((r) => r.app.applyMs));
  const totalMs = median(results.map((r) => r.app.totalMs));
  const plainMs = median(results.map((r) => r.plain.ms));
  const againMs = median(results.map((r) => r.again.totalMs));
  // Each run's own ratio: both sides met the same load, which drifts between runs on a shared
  // machine. With an even number of runs `median` takes the upper one: the cautious reading.
  const ratio = median(results.map((r) => r.app.totalMs / r.plain.ms));
  const applyRatio = median(results.map((r) => r.app.applyMs / r.plain.ms));
  const peakMb = Math.max(...results.map((r) => r.app.peakHeap)) / 1024 / 1024;
  const n = ANSWERS.toLocaleString('en');
  console.log(`\nImport of ${n} answers (${mb.toFixed(1)} MB), median of ${results.length} runs:`);
  console.log(`  choose file → preview shown:     ${previewMs} ms`);
  console.log(`  apply (safety snapshot + merge): ${applyMs} ms`);
  console.log(`  import total:                    ${totalMs} ms`);
  console.log(`  plain IndexedDB bulk write:      ${plainMs.toFixed(0)} ms`);
  console.log(`  ratio total / plain (per run):   ${ratio.toFixed(2)}×`);
  console.log(`  ratio apply / plain (per run):   ${applyRatio.toFixed(2)}×`);
  console.log(`  peak JS heap during import:      ${peakMb.toFixed(0)} MB`);
  console.log(`  the same file again (no writes): ${againMs} ms`);
  const label = 'plain IndexedDB bulk write, same page';
  record({
    section: SECTION,
    metric: `App import (choose → preview → apply → done), ${n} answers`,
    value: totalMs,
    unit: 'ms',
    baseline: plainMs,
    baselineLabel: label,
    target: '≤ 1.5×',
    ratio,
    meets: ratio <= 1.5,
  });
  record({
    section: SECTION,
    metric: `App import, apply alone, ${n} answers`,
    value: applyMs,
    unit: 'ms',
    baseline: plainMs,
    baselineLabel: label,
    ratio: applyRatio,
  });
  record({
    section: SECTION,
    metric: `App import, read + check + preview, ${n} answers`,
    value: previewMs,
    unit: 'ms',
  });
  record({
    section: SECTION,
    metric: `App import of the same file again (nothing to write), ${n} answers`,
    value: againMs,
    unit: 'ms',
  });
  record({
    section: SECTION,
    metric: `Peak JS heap during import, ${n} answers`,
    value: peakMb,
    unit: 'MB',
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
