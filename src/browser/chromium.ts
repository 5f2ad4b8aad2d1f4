// Debian's Chromium driven by playwright-core, never a downloaded browser: the browser suite shares one
// (test/browser/support/global-setup.ts), a script launches its own (launchBrowser). Every page a test opens is
// watched: console errors, page errors, failed requests, and any request that would leave
// 127.0.0.1 (aborted and recorded).
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { projectRoot } from '../cli/project-root.ts';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The flags every run uses (also given to Lighthouse's chrome-launcher). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/** A Chromium of its own with one fresh context, as the suite's files get (for scripts). */
export async function launchBrowser(options: { viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
  const close = async () => {
    await context.close();
    await browser.close();
  };
  return { context, close, [Symbol.asyncDispose]: close };
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  /** Requests to anywhere but the test server: aborted, and a failure. */
  offsite: string[];
  /** Every request URL the page made. */
  requests: string[];
}

/**
 * Watches a page: records what went wrong, aborts requests that leave `origin`, and tracks requests
 * in flight so a test can wait until the network has been quiet.
 */
export class PageWatch {
  problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], offsite: [], requests: [] };
  private inFlight = new Set<Request>();
  private lastActivity = Date.now();

  readonly page: Page;
  readonly origin: string;

  private constructor(page: Page, origin: string) {
    this.page = page;
    this.origin = origin;
  }

  static async on(page: Page, origin: string): Promise<PageWatch> {
    const watch = new PageWatch(page, origin);
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) {
        await route.continue();
      } else {
        watch.problems.offsite.push(url);
        await route.abort('blockedbyclient');
      }
    });
    page.on('console', (message) => {
      if (message.type() === 'error') watch.problems.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => watch.problems.pageErrors.push(String(error)));
    page.on('request', (request) => {
      watch.problems.requests.push(request.url());
      watch.inFlight.add(request);
      watch.lastActivity = Date.now();
    });
    const settle = (request: Request) => {
      watch.inFlight.delete(request);
      watch.lastActivity = Date.now();
    };
    page.on('response', (response) => {
      if (response.status() >= 400) watch.problems.failedRequests.push(`${response.status()} ${response.url()}`);
    });
    page.on('requestfinished', settle);
    page.on('requestfailed', (request) => {
      settle(request);
      // net::ERR_ABORTED is a request the browser dropped, not one the site failed to serve: a
      // navigation away cancels what the old page still had in flight (the favicon, most often).
      // A missing file is a 404 response (above); a server that fails is another error text.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      if (new URL(request.url()).origin === origin) {
        watch.problems.failedRequests.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`);
      }
    });
    return watch;
  }

  /** Forget what was recorded (before the next navigation). */
  reset(): void {
    this.problems = { consoleErrors: [], pageErrors: [], failedRequests: [], offsite: [], requests: [] };
  }

  /**
   * Resolves once the page has loaded, the browser has had an idle moment (work scheduled with
   * requestIdleCallback has run), no request has been in flight for `quietMs`, and the page's
   * deferred scripts have done their work. 250 ms of quiet is enough on every page of the site (the
   * idle moment already waits for the scripts deferred to one).
   */
  async settled(quietMs = 250, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    await this.page.waitForLoadState('load', { timeout: timeoutMs });
    for (;;) {
      await this.page.evaluate(
        () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })),
      );
      if (this.inFlight.size === 0 && Date.now() - this.lastActivity >= quietMs) break;
      if (Date.now() > deadline) {
        throw new Error(`network not quiet after ${timeoutMs} ms: ${[...this.inFlight].map((r) => r.url()).join(', ')}`);
      }
      const wait = this.inFlight.size === 0 ? quietMs - (Date.now() - this.lastActivity) : 50;
      await new Promise((resolve) => setTimeout(resolve, Math.max(wait, 10)));
    }
    // Expressive Code makes a code block that overflows focusable (tabindex, so keyboard users can
    // scroll it) from a ResizeObserver, a 250 ms debounce and an idle callback: wait for that pass.
    await this.page.waitForFunction(
      () =>
        [...document.querySelectorAll('.expressive-code pre')].every(
          // A block in a closed <details> is laid out but not shown: Expressive Code leaves it be.
          (pre) => !pre.checkVisibility() || pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
        ),
      undefined,
      { timeout: Math.max(deadline - Date.now(), 1000), polling: 50 },
    );
  }
}

/** Where screenshots for a person to review go (git-ignored). */
export function screenshotsDir(root = projectRoot()): string {
  return path.join(root, 'test-results', 'screenshots');
}
