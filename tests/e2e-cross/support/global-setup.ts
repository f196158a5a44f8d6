// Vitest global setup for one engine's run (E2E_ENGINE=webkit or firefox, set by
// scripts/run-engines.mjs): checks the engine is installed (never skips: a missing engine fails
// saying what to install) and serves the built app on 127.0.0.1 for the whole run.
import type { TestProject } from 'vitest/node';
import { ENGINES, findEngine } from '../../../scripts/find-engines.mjs';
import { startPreviewServer } from '../../e2e/support/server';

declare module 'vitest' {
  export interface ProvidedContext {
    engine: 'webkit' | 'firefox';
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  const engine = process.env.E2E_ENGINE;
  if (engine !== 'webkit' && engine !== 'firefox') {
    throw new Error(
      `E2E_ENGINE must be one of ${ENGINES.join(', ')} (got "${engine ?? ''}"): run these tests ` +
        'with `npm run test:engines`, or `npm test`.',
    );
  }
  const found = findEngine(engine);
  const server = await startPreviewServer();
  console.log(`[e2e ${engine}] ${Object.values(found).join(' ')}`);
  console.log(`[e2e ${engine}] App served at ${server.url}`);
  project.provide('engine', engine);
  project.provide('baseURL', server.url);
  return async () => {
    await server.stop();
  };
}
