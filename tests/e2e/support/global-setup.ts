// Vitest global setup for the browser suite: finds Chromium (never skips) and serves the built
// app on 127.0.0.1 for the whole run; the URL and browser path reach tests through inject().
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../../scripts/find-chromium.mjs';
import { startPreviewServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromePath: string;
  }
}

export default async function setup(project: TestProject) {
  const chromePath = findChromium();
  const server = await startPreviewServer();
  console.log(`[e2e] Chromium: ${chromePath}`);
  console.log(`[e2e] App served at ${server.url}`);
  project.provide('chromePath', chromePath);
  project.provide('baseURL', server.url);
  return async () => {
    await server.stop();
  };
}
