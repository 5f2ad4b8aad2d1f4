// One static server and one Chromium for the whole browser suite (vitest.browser.config.ts): test
// files connect to them (support/fixture.ts) instead of each starting its own.
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../../src/browser/chromium.ts';
import { builtSite } from '../../../src/built-site/dist.ts';
import { serveStatic } from '../../../src/built-site/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served: `http://127.0.0.1:PORT`. */
    siteOrigin: string;
    /** Where test files connect to the shared Chromium. */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await serveStatic(builtSite().dir);
  const browser = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  project.provide('siteOrigin', server.origin);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
