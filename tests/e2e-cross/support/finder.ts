// Finds elements the way a person names them (role and visible name, label, text), inside the
// page. Shipped to the page as source text so WebDriver classic and WebDriver BiDi run the same
// code: it must not reference anything outside itself.

/** A text to match: a string matches a name that starts with it, a RegExp anywhere. */
export type TextMatch = string | RegExp;

export type Role =
  | 'button'
  | 'link'
  | 'heading'
  | 'textbox'
  | 'checkbox'
  | 'radio'
  | 'combobox'
  | 'region'
  | 'list';

export interface Query {
  role?: Role;
  name?: TextMatch;
  /** With `name` as a string: the whole name must equal it (default: starts with it). */
  exact?: boolean;
  /** Heading level. */
  level?: number;
  /** A CSS selector the element must match. */
  css?: string;
  /** Only inside the first visible element this query finds. */
  within?: Query;
}

/** A TextMatch as JSON (a RegExp does not survive serialisation). */
type WireMatch = string | { source: string; flags: string };
export type WireQuery = Omit<Query, 'name' | 'within'> & { name?: WireMatch; within?: WireQuery };

export function toWire(query: Query): WireQuery {
  const { name, within, ...rest } = query;
  return {
    ...rest,
    ...(name === undefined
      ? {}
      : { name: typeof name === 'string' ? name : { source: name.source, flags: name.flags } }),
    ...(within ? { within: toWire(within) } : {}),
  };
}

export function describeQuery(query: Query): string {
  const parts = [
    query.role ?? query.css ?? 'element',
    query.name !== undefined ? `named ${String(query.name)}` : '',
    query.level ? `level ${query.level}` : '',
    query.within ? `within (${describeQuery(query.within)})` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** In-page: returns the first visible element matching the wire query, or null. */
export function findInPage(query: WireQuery): Element | null {
  const SELECTORS: Record<string, string> = {
    button: 'button, [role="button"], input[type="submit"], input[type="button"]',
    link: 'a[href], [role="link"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    textbox:
      'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="password"], input[type="email"], input[type="date"], input[type="number"]',
    checkbox: 'input[type="checkbox"], [role="checkbox"]',
    radio: 'input[type="radio"], [role="radio"]',
    combobox: 'select, [role="combobox"]',
    region: 'section[aria-label], section[aria-labelledby], [role="region"]',
    list: 'ul, ol, [role="list"]',
  };
  const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const visible = (el: Element) => {
    if (el.getClientRects().length === 0) return false;
    return getComputedStyle(el).visibility !== 'hidden';
  };
  const textOf = (el: Element) => squash((el as HTMLElement).innerText ?? el.textContent);
  const nameOf = (el: Element): string => {
    const label = el.getAttribute('aria-label');
    if (label) return squash(label);
    const by = el.getAttribute('aria-labelledby');
    if (by) {
      return squash(
        by
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    }
    const label0 = (el as HTMLInputElement).labels?.[0];
    if (label0) return squash(label0.textContent);
    if (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'button')) {
      return squash(el.value);
    }
    return textOf(el);
  };
  const matches = (el: Element): boolean => {
    if (query.css && !el.matches(query.css)) return false;
    if (query.level && el.tagName !== `H${query.level}`) return false;
    const want = query.name;
    if (want === undefined) return true;
    const name = nameOf(el);
    if (typeof want === 'string') return query.exact ? name === want : name.startsWith(want);
    return new RegExp(want.source, want.flags).test(name);
  };
  let scope: ParentNode = document;
  if (query.within) {
    const outer = findInPage(query.within);
    if (!outer) return null;
    scope = outer;
  }
  const selector = (query.role ? SELECTORS[query.role] : undefined) ?? query.css ?? '*';
  for (const el of scope.querySelectorAll(selector)) {
    if (visible(el) && matches(el)) return el;
  }
  return null;
}
