import { describe, expect, it } from 'vitest';
import {
  BUDGET_KB,
  type Build,
  chunkKeyOf,
  firstLoadFiles,
  LIBRARY_MODULES,
  LIVE_HUDDLE_LIMIT_KB,
  ROUTES,
  type RouteSpec,
  routeModules,
  STARTUP_MODULES,
} from '../../../scripts/check-bundle-size.mjs';

// A small build shaped like Vite's manifest: an entry with a shared vendor chunk, a lazy screen
// that shares a chunk with another, a library chunk known only through chunk-modules.json, and
// a cycle (a shared chunk importing the entry back, as Rolldown does).
const build: Build = {
  manifest: {
    'index.html': {
      file: 'assets/index.js',
      isEntry: true,
      imports: ['_vendor.js'],
      css: ['assets/index.css'],
      dynamicImports: ['src/Screen.tsx', '_library.js'],
    },
    '_vendor.js': { file: 'assets/vendor.js' },
    '_shared.js': { file: 'assets/shared.js', imports: ['index.html', '_vendor.js'] },
    '_library.js': { file: 'assets/library.js', imports: ['_vendor.js'] },
    'src/Screen.tsx': {
      file: 'assets/Screen.js',
      isDynamicEntry: true,
      imports: ['_shared.js', 'index.html'],
      css: ['assets/Screen.css'],
    },
    'src/Other.tsx': {
      file: 'assets/Other.js',
      isDynamicEntry: true,
      imports: ['_shared.js'],
      css: ['assets/Screen.css'],
    },
  },
  chunkModules: {
    'src/library/prompts.ts': 'assets/library.js',
    'src/main.tsx': 'assets/index.js',
  },
};

describe('firstLoadFiles', () => {
  it('counts the entry and its static imports, with its CSS', () => {
    const files = firstLoadFiles(build, []);
    expect([...files.js].sort()).toEqual(['assets/index.js', 'assets/vendor.js']);
    expect([...files.css]).toEqual(['assets/index.css']);
  });

  it('adds a screen chunk and its imports once each, through cycles', () => {
    const files = firstLoadFiles(build, ['src/Screen.tsx']);
    expect([...files.js].sort()).toEqual([
      'assets/Screen.js',
      'assets/index.js',
      'assets/shared.js',
      'assets/vendor.js',
    ]);
    expect([...files.css].sort()).toEqual(['assets/Screen.css', 'assets/index.css']);
  });

  it('counts CSS shared by two screens once', () => {
    const files = firstLoadFiles(build, ['src/Screen.tsx', 'src/Other.tsx']);
    expect([...files.css].sort()).toEqual(['assets/Screen.css', 'assets/index.css']);
    expect(files.js.size).toBe(5);
  });

  it('does not follow dynamic imports that were not asked for', () => {
    expect(firstLoadFiles(build, []).js.has('assets/library.js')).toBe(false);
  });

  it('finds a module that is not a manifest key through the chunk-modules map', () => {
    expect(chunkKeyOf(build, 'src/library/prompts.ts')).toBe('_library.js');
    expect(firstLoadFiles(build, ['src/library/prompts.ts']).js.has('assets/library.js')).toBe(
      true,
    );
  });

  it('fails loudly on a module the build does not have', () => {
    expect(() => firstLoadFiles(build, ['src/Gone.tsx'])).toThrow(/in no chunk/);
  });
});

describe('routeModules', () => {
  const route: RouteSpec = {
    name: 'X',
    path: '/x',
    modules: ['src/X.tsx'],
    library: true,
    budget: true,
  };

  it('adds start-up modules, the library when it is not installed yet, then the screen', () => {
    expect(routeModules(route)).toEqual([...STARTUP_MODULES, ...LIBRARY_MODULES, 'src/X.tsx']);
    expect(routeModules({ ...route, library: false })).toEqual([...STARTUP_MODULES, 'src/X.tsx']);
  });
});

describe('the budget', () => {
  it('is 150 KB for every screen; only the live huddle has a stated, bounded exception', () => {
    expect(BUDGET_KB).toBe(150);
    // Raising the exception needs the same scrutiny as raising the budget: it is pinned here.
    expect(LIVE_HUDDLE_LIMIT_KB).toBe(155);
    for (const route of ROUTES) {
      if (route.limitKb === undefined) continue;
      expect(route.name, 'only live-huddle screens carry an exception').toMatch(/^Huddle/);
    }
    const budgeted = ROUTES.filter((r) => r.budget).map((r) => r.name);
    expect(budgeted).toEqual(expect.arrayContaining(['Home', 'Facilitate', 'Huddle']));
    // Every position whose part the huddle awaits before its first render is measured too.
    expect(budgeted.filter((n) => n.startsWith('Huddle ('))).toHaveLength(4);
  });
});
