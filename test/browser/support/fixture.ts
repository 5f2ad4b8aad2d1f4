// One static server and one Chromium per test file, started in beforeAll and closed in afterAll.
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, PageWatch, type Browser } from './browser.ts';
import { dist } from './site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** A tab and the watch on it. */
export interface Tab {
  page: Page;
  watch: PageWatch;
}

export interface Site {
  server: StaticServer;
  browser: Browser;
  origin: string;
  /** A new watched tab; closed with the browser. */
  open(options?: { viewport?: { width: number; height: number } }): Promise<Tab>;
}

export function useSite(): () => Site {
  let site: Site | undefined;
  beforeAll(async () => {
    const server = await serveStatic(dist);
    const browser = await launchBrowser();
    // Copy buttons write to the clipboard; tests read it back.
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    site = {
      server,
      browser,
      origin: server.origin,
      async open(options = {}) {
        const page = await browser.context.newPage();
        if (options.viewport) await page.setViewportSize(options.viewport);
        const watch = await PageWatch.on(page, server.origin);
        return { page, watch };
      },
    };
  });
  afterAll(async () => {
    await site?.browser.close();
    await site?.server.close();
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
