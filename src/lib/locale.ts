// Locale tags that Intl accepts. A browser can report one it rejects: WebKitGTK started under
// LANG=C.UTF-8 says navigator.language is "C", and uPlot runs
// `new Intl.NumberFormat(navigator.language)` when its module loads, so the Insights screen
// failed to load at all. Real iPads report valid tags; the app must still never break on one.

export const FALLBACK_LOCALE = 'en-US';

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

export function isValidLocale(tag: unknown): tag is string {
  return typeof tag === 'string' && tag !== '' && canonical(tag) !== undefined;
}

/**
 * A tag Intl accepts: `tag` itself when valid, a POSIX locale name mended ("en_US.UTF-8" →
 * "en-US"), otherwise `fallback`.
 */
export function safeLocale(tag: unknown, fallback = FALLBACK_LOCALE): string {
  if (typeof tag !== 'string') return fallback;
  for (const candidate of [tag, tag.split(/[.@]/)[0]?.replace(/_/g, '-') ?? '']) {
    if (candidate === '') continue;
    const valid = canonical(candidate);
    if (valid) return valid;
  }
  return fallback;
}

/**
 * Makes `navigator.language` and `navigator.languages` valid for Intl, for libraries that read
 * them (uPlot): invalid entries are replaced by a safe locale on this navigator object only.
 * Valid values are left exactly as they are.
 */
export function repairNavigatorLanguage(nav: Navigator | undefined = globalThis.navigator): void {
  if (!nav) return;
  if (!isValidLocale(nav.language)) {
    Object.defineProperty(nav, 'language', {
      value: safeLocale(nav.language),
      configurable: true,
    });
  }
  const languages: readonly string[] = nav.languages ?? [];
  if (!languages.every((tag) => isValidLocale(tag))) {
    const repaired = [...new Set(languages.map((tag) => safeLocale(tag)))];
    Object.defineProperty(nav, 'languages', {
      value: Object.freeze(repaired.length > 0 ? repaired : [nav.language]),
      configurable: true,
    });
  }
}
