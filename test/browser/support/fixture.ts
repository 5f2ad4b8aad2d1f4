// Each test file's view of the suite's one static server and one Chromium (started by
// support/global-setup.ts): a fresh browser context of its own, opened in beforeAll and closed in
// afterAll, so permissions and storage do not carry from file to file.
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { PageWatch, type Browser } from '../../../src/browser/chromium.ts';

/** A tab and the watch on it. */
export interface Tab {
  page: Page;
  watch: PageWatch;
}

export interface Site {
  browser: Browser;
  origin: string;
  /** A new watched tab; closed with the context. */
  open(options?: { viewport?: { width: number; height: number } }): Promise<Tab>;
}

export function useSite(): () => Site {
  let site: Site | undefined;
  beforeAll(async () => {
    const origin = inject('siteOrigin');
    const connection = await chromium.connect(inject('browserEndpoint'));
    const context = await connection.newContext({ viewport: { width: 1280, height: 900 } });
    // Copy buttons write to the clipboard; tests read it back.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const close = async () => {
      await context.close();
      await connection.close();
    };
    site = {
      browser: { context, close, [Symbol.asyncDispose]: close },
      origin,
      async open(options = {}) {
        const page = await context.newPage();
        if (options.viewport) await page.setViewportSize(options.viewport);
        const watch = await PageWatch.on(page, origin);
        return { page, watch };
      },
    };
  });
  afterAll(async () => {
    await site?.browser.close();
  });
  return () => {
    if (!site) throw new Error('the site is not served yet (useSite() runs in beforeAll)');
    return site;
  };
}

/** Nothing went wrong on the page: the problems a test asserts are empty. */
export function problemsOf(watch: PageWatch) {
  const { consoleErrors, pageErrors, failedRequests, offsite } = watch.problems;
  return { consoleErrors, pageErrors, failedRequests, offsite };
}

export const NO_PROBLEMS = { consoleErrors: [], pageErrors: [], failedRequests: [], offsite: [] };
