import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FALLBACK_LOCALE,
  isValidLocale,
  repairNavigatorLanguage,
  safeLocale,
} from '../../../src/lib/locale';

const ROOT = resolve(import.meta.dirname, '../../..');

/** A navigator whose prototype reports these values, as a browser's does. */
function fakeNavigator(language: string, languages: string[] = [language]): Navigator {
  const proto = {
    get language() {
      return language;
    },
    get languages() {
      return languages;
    },
  };
  return Object.create(proto) as Navigator;
}

describe('safeLocale', () => {
  it('keeps valid tags', () => {
    expect(safeLocale('en-GB')).toBe('en-GB');
    expect(safeLocale('fr')).toBe('fr');
    expect(safeLocale('zh-Hant-TW')).toBe('zh-Hant-TW');
  });

  it('mends POSIX locale names', () => {
    expect(safeLocale('en_US.UTF-8')).toBe('en-US');
    expect(safeLocale('de_DE@euro')).toBe('de-DE');
  });

  it('falls back for what Intl rejects: "C", empty, not a string', () => {
    for (const bad of ['C', 'C.UTF-8', '', '_', 'x', undefined, null, 42]) {
      expect(safeLocale(bad), String(bad)).toBe(FALLBACK_LOCALE);
    }
    expect(safeLocale('C', 'nl-NL')).toBe('nl-NL');
    expect(() => new Intl.NumberFormat('C')).toThrow(RangeError);
    expect(() => new Intl.NumberFormat(safeLocale('C'))).not.toThrow();
  });

  it('isValidLocale says whether Intl accepts a tag', () => {
    expect(isValidLocale('en-US')).toBe(true);
    expect(isValidLocale('C')).toBe(false);
    expect(isValidLocale('')).toBe(false);
    expect(isValidLocale(undefined)).toBe(false);
  });
});

describe('repairNavigatorLanguage', () => {
  it('replaces an invalid navigator.language and languages with valid tags', () => {
    const nav = fakeNavigator('C', ['C', 'en_GB.UTF-8']);
    repairNavigatorLanguage(nav);
    expect(nav.language).toBe(FALLBACK_LOCALE);
    expect([...nav.languages]).toEqual([FALLBACK_LOCALE, 'en-GB']);
    expect(() => new Intl.NumberFormat(nav.language)).not.toThrow();
  });

  it('leaves a valid navigator untouched', () => {
    const nav = fakeNavigator('fr-CA', ['fr-CA', 'en']);
    repairNavigatorLanguage(nav);
    expect(Object.getOwnPropertyNames(nav)).toEqual([]);
    expect(nav.language).toBe('fr-CA');
  });

  describe('with uPlot, which formats with navigator.language when it loads', () => {
    // uPlot's own build, evaluated afresh each time (a module import would be cached).
    const source = readFileSync(resolve(ROOT, 'node_modules/uplot/dist/uPlot.iife.js'), 'utf8');
    const loadUPlot = () =>
      new Function(`${source}; return uPlot;`)() as { fmtNum(n: number): string };

    beforeEach(() => {
      vi.stubGlobal('matchMedia', () => ({
        matches: false,
        addEventListener() {},
        removeEventListener() {},
        addListener() {},
        removeListener() {},
      }));
      Object.defineProperty(navigator, 'language', { value: 'C', configurable: true });
    });
    afterEach(() => {
      Reflect.deleteProperty(navigator, 'language');
      Reflect.deleteProperty(navigator, 'languages');
      vi.unstubAllGlobals();
    });

    it('fails to load under "C" without the repair', () => {
      expect(loadUPlot).toThrow(RangeError);
    });

    it('loads after the repair, as UPlotChart imports it first', () => {
      repairNavigatorLanguage();
      expect(loadUPlot().fmtNum(1234.5)).toBe('1,234.5');
    });
  });
});
