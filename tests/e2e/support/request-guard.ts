import type { BrowserContext, Page } from 'playwright-core';

// Schemes that never leave the device.
const LOCAL_SCHEMES = new Set(['data:', 'blob:']);

/**
 * Records every request made in a browser context (pages and service worker) and every uncaught
 * page error, so a test can prove the app talked to no origin but its own.
 */
export class RequestGuard {
  readonly requests: string[] = [];
  readonly pageErrors: string[] = [];
  private readonly allowedOrigins: Set<string>;

  constructor(context: BrowserContext, ...allowedOrigins: string[]) {
    this.allowedOrigins = new Set(allowedOrigins.map((url) => new URL(url).origin));
    context.on('request', (request) => {
      this.requests.push(request.url());
    });
    context.on('page', (page) => this.watchPage(page));
    for (const page of context.pages()) this.watchPage(page);
  }

  allow(url: string) {
    this.allowedOrigins.add(new URL(url).origin);
  }

  private watchPage(page: Page) {
    page.on('pageerror', (error) => {
      this.pageErrors.push(`${error.name}: ${error.message}`);
    });
    page.on('websocket', (socket) => {
      this.requests.push(socket.url());
    });
  }

  foreignRequests(): string[] {
    return this.requests.filter((url) => {
      const parsed = new URL(url);
      if (LOCAL_SCHEMES.has(parsed.protocol)) return false;
      return !this.allowedOrigins.has(parsed.origin);
    });
  }

  /** Throws listing every request that went to another origin. */
  assertOnlyOwnOrigin() {
    const foreign = [...new Set(this.foreignRequests())];
    if (foreign.length > 0) {
      throw new Error(
        `The app made ${foreign.length} request(s) to origins other than ` +
          `${[...this.allowedOrigins].join(', ')}:\n  ${foreign.join('\n  ')}`,
      );
    }
  }

  /** Throws listing uncaught exceptions thrown in the page. */
  assertNoPageErrors() {
    if (this.pageErrors.length > 0) {
      throw new Error(`Uncaught errors in the page:\n  ${this.pageErrors.join('\n  ')}`);
    }
  }
}
