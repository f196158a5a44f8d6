// Fails when the JavaScript a person downloads on first load of Home or Facilitate grows past
// the budget. Sizes are gzip bytes of the built files, so the check is deterministic.
// Reads dist/.vite/manifest.json (vite build with `build.manifest: true`).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist');
/** First-load JavaScript budget per route, gzip KB. Changing it needs a reason in PERFORMANCE.md. */
export const BUDGET_KB = 150;

// Chunks every page loads right after start (the built-in library, installed on open).
const STARTUP_MODULES = ['src/domain/library/prompts.ts', 'src/domain/library/plans.ts'];
const ROUTES = [
  { name: 'Home', modules: [] },
  { name: 'Facilitate', modules: ['src/features/facilitate/FacilitateRoute.tsx'] },
  { name: 'Huddle', modules: ['src/features/facilitate/HuddleRoute.tsx'] },
];

const manifest = JSON.parse(readFileSync(resolve(DIST, '.vite/manifest.json'), 'utf8'));
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) throw new Error('No entry in the Vite manifest.');

/** Every file a chunk loads statically (itself and its imports, transitively). */
function closure(key, files = { js: new Set(), css: new Set() }) {
  const chunk = manifest[key];
  if (!chunk || files.js.has(chunk.file)) return files;
  files.js.add(chunk.file);
  for (const css of chunk.css ?? []) files.css.add(css);
  for (const dep of chunk.imports ?? []) closure(dep, files);
  return files;
}

function gzipKb(file) {
  return gzipSync(readFileSync(resolve(DIST, file)), { level: 9 }).length / 1024;
}

let over = false;
const rows = [];
for (const route of ROUTES) {
  const files = closure(entryKey);
  for (const key of [...STARTUP_MODULES, ...route.modules]) {
    // A startup module may be bundled into another chunk; then that chunk is counted instead.
    if (!manifest[key] && STARTUP_MODULES.includes(key)) continue;
    if (!manifest[key]) throw new Error(`${key} is not a chunk in the manifest.`);
    closure(key, files);
  }
  const js = [...files.js].reduce((sum, f) => sum + gzipKb(f), 0);
  const css = [...files.css].reduce((sum, f) => sum + gzipKb(f), 0);
  const ok = js <= BUDGET_KB;
  over ||= !ok;
  rows.push({
    route: route.name,
    js: js.toFixed(1),
    css: css.toFixed(1),
    files: files.js.size,
    ok,
  });
}

console.log(`First-load JavaScript (gzip), budget ${BUDGET_KB} KB per route:`);
for (const r of rows) {
  console.log(
    `  ${r.route.padEnd(11)} JS ${r.js.padStart(6)} KB  CSS ${r.css.padStart(5)} KB  ` +
      `(${r.files} JS files)  ${r.ok ? 'ok' : 'OVER BUDGET'}`,
  );
}
if (over) {
  console.error('First-load JavaScript is over budget: lazy-load what the route does not need.');
  process.exit(1);
}
