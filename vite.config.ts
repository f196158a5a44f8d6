import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy in index.html forbids inline scripts and styles, which the dev
 * server's hot reload needs: drop the tag while serving, keep it in every build.
 */
const devWithoutCsp: Plugin = {
  name: 'dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

/**
 * A hash of everything in src/domain/library (the shipped prompts and plans and what they are
 * built from). src/db/open.ts skips fetching and installing the library when the database already
 * holds this version. Hashing the whole folder errs on the side of reinstalling (harmless).
 */
function builtInLibraryVersion(): string {
  const dir = resolve(import.meta.dirname, 'src/domain/library');
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    hash.update(name).update(readFileSync(resolve(dir, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Writes dist/.vite/chunk-modules.json: which chunk each source module ended up in. The Vite
 * manifest names only entry and dynamic-entry chunks by module, so scripts/check-bundle-size.mjs
 * needs this to find the chunk of a module start-up imports on demand (the prompt library).
 */
const chunkModulesMap: Plugin = {
  name: 'chunk-modules-map',
  apply: 'build',
  generateBundle(_options, bundle) {
    const modules: Record<string, string> = {};
    for (const output of Object.values(bundle)) {
      if (output.type !== 'chunk') continue;
      for (const id of Object.keys(output.modules)) {
        if (id.startsWith(import.meta.dirname)) {
          modules[id.slice(import.meta.dirname.length + 1)] = output.fileName;
        }
      }
    }
    this.emitFile({
      type: 'asset',
      fileName: '.vite/chunk-modules.json',
      source: `${JSON.stringify(modules, null, 1)}\n`,
    });
  },
};

export default defineConfig(({ command }) => ({
  define:
    command === 'build'
      ? { 'import.meta.env.BUILT_IN_LIBRARY_VERSION': JSON.stringify(builtInLibraryVersion()) }
      : {},
  plugins: [
    chunkModulesMap,
    devWithoutCsp,
    react(),
    VitePWA({
      // 'prompt': a new version waits until the person agrees; it never reloads itself mid-huddle.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Parallel Process — team huddles',
        short_name: 'Parallel Process',
        description:
          'Run short, structured team reflection huddles. Everything stays on this device.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fbfaf7',
        theme_color: '#1f4d46',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-512-maskable.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  // The manifest lets scripts/check-bundle-size.mjs find what each route loads.
  build: { target: 'es2022', sourcemap: false, manifest: true },
}));
