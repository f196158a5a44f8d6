// The engine-neutral page the scenarios drive. Each engine implements four primitives (run a
// script, find an element, click it, type into it) plus navigation and screenshots; everything a
// test does is built from those here, so WebKit and Firefox run the same scenario code.
import { describeQuery, findInPage, type Query, type TextMatch, toWire } from './finder';

export const VISIBLE = 20_000;

const COLLECT_ERRORS = `() => {
  if (window.__e2eErrors) return;
  const errors = (window.__e2eErrors = []);
  addEventListener('error', (e) => errors.push('error: ' + (e.message || e.type)));
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + String(e.reason && e.reason.stack || e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => errors.push('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));
  const original = console.error;
  console.error = (...args) => {
    errors.push('console.error: ' + args.map(String).join(' '));
    original.apply(console, args);
  };
}`;

/** An element as the engine knows it (a WebDriver reference or a puppeteer handle). */
export type ElementRef = unknown;

export abstract class Tab {
  /** Runs `(arg) => …` (source text, may return a promise) in the page; returns its JSON. */
  protected abstract runScript<T>(source: string, arg: unknown): Promise<T>;
  /** Runs `(arg) => Element | null` in the page; returns the element or null. */
  protected abstract findElement(source: string, arg: unknown): Promise<ElementRef | null>;
  protected abstract clickElement(el: ElementRef): Promise<void>;
  protected abstract typeInto(el: ElementRef, text: string): Promise<void>;
  abstract navigate(url: string): Promise<void>;
  abstract refresh(): Promise<void>;
  abstract screenshotPng(): Promise<Buffer>;
  abstract close(): Promise<void>;

  evaluate<T>(fn: (arg: never) => T | Promise<T>, arg?: unknown): Promise<T> {
    return this.runScript<T>(fn.toString(), arg ?? null);
  }

  async url(): Promise<string> {
    return this.runScript<string>('() => location.href', null);
  }

  async bodyText(): Promise<string> {
    return this.runScript<string>('() => document.body.innerText', null);
  }

  /** Polls `check` until it returns a truthy value; fails with `what` after `timeout`. */
  async poll<T>(what: string, check: () => Promise<T>, timeout = VISIBLE): Promise<T> {
    const deadline = Date.now() + timeout;
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        const value = await check();
        if (value) return value;
      } catch (error) {
        // A navigation in progress makes scripts fail for a moment: try again.
        last = error;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`Timed out after ${timeout} ms waiting for ${what}${last ? ` (${last})` : ''}`);
  }

  /** The first visible element matching the query, waiting for it. */
  async find(query: Query, timeout = VISIBLE): Promise<ElementRef> {
    const source = findInPage.toString();
    const wire = toWire(query);
    return this.poll(describeQuery(query), () => this.findElement(source, wire), timeout);
  }

  async has(query: Query): Promise<boolean> {
    return (await this.findElement(findInPage.toString(), toWire(query))) !== null;
  }

  async gone(query: Query, timeout = VISIBLE): Promise<void> {
    await this.poll(
      `${describeQuery(query)} to disappear`,
      async () => !(await this.has(query)),
      timeout,
    );
  }

  async click(query: Query): Promise<void> {
    await this.clickElement(await this.find(query));
  }

  /** Replaces a text box's value by typing, as a person would. */
  async fill(query: Query, text: string): Promise<void> {
    const el = await this.find(query);
    await this.clickElement(el);
    // Select what is there so the typing replaces it (key events, not a value assignment).
    await this.runScript('(q) => document.activeElement?.select?.()', null);
    await this.typeInto(el, text);
  }

  /**
   * Chooses a <select> option by its label. Both protocols set a select from script in the
   * end (puppeteer's select() does the same); React hears the change event.
   */
  async select(query: Query, optionLabel: string): Promise<void> {
    await this.find(query);
    const ok = await this.runScript<boolean>(
      `(arg) => {
        const el = (${findInPage.toString()})(arg.query);
        const option = [...el.options].find((o) => o.label === arg.label || o.text === arg.label || o.value === arg.label);
        if (!option) return false;
        const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
        setter.call(el, option.value);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      }`,
      { query: toWire(query), label: optionLabel },
    );
    if (!ok) throw new Error(`No option "${optionLabel}" in ${describeQuery(query)}`);
  }

  async waitForText(text: TextMatch, timeout = VISIBLE): Promise<void> {
    await this.poll(
      `the text ${String(text)}`,
      async () => {
        const body = await this.bodyText();
        return typeof text === 'string' ? body.includes(text) : text.test(body);
      },
      timeout,
    );
  }

  async waitForUrl(pattern: RegExp, timeout = VISIBLE): Promise<string> {
    return this.poll(
      `a URL matching ${pattern}`,
      async () => {
        const url = await this.url();
        return pattern.test(url) ? url : '';
      },
      timeout,
    );
  }

  async goto(url: string): Promise<void> {
    await this.keepErrors();
    await this.navigate(url);
    await this.ready();
  }

  async reload(): Promise<void> {
    await this.keepErrors();
    await this.refresh();
    await this.ready();
  }

  /** The app has rendered when its level-1 heading is visible. */
  async ready(): Promise<void> {
    await this.find({ role: 'heading', level: 1 });
    await this.collectErrors();
  }

  private readonly errors: string[] = [];

  /**
   * Starts collecting the page's errors (WebDriver classic has no console events, so both
   * engines use an in-page collector; errors thrown before it is installed are missed).
   */
  async collectErrors(): Promise<void> {
    await this.runScript(COLLECT_ERRORS, null);
  }

  /** Moves what the page collected into this tab, before the page goes away. */
  private async keepErrors(): Promise<void> {
    try {
      const found = await this.runScript<string[] | null>(
        '() => { const e = window.__e2eErrors ?? null; if (e) window.__e2eErrors = []; return e; }',
        null,
      );
      this.errors.push(...(found ?? []));
    } catch {
      // No page yet.
    }
  }

  /** Every error the page reported since the tab opened. */
  async pageErrors(): Promise<string[]> {
    await this.keepErrors();
    return [...this.errors];
  }
}

/** An engine: a browser session that opens tabs and notices windows the app opens. */
export interface Engine {
  readonly name: 'webkit' | 'firefox';
  /** The tab the session started with. */
  readonly tab: Tab;
  /** Where downloads land. */
  readonly downloads: string;
  /** Runs `action`, then returns the window it opened. */
  newWindow(action: () => Promise<void>): Promise<Tab>;
  close(): Promise<void>;
}
