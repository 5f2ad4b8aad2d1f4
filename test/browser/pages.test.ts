// Every page the build produced, in a real browser: status 200, no console errors, no page errors,
// no failed requests, no request leaving 127.0.0.1; and axe-core finds no serious or critical
// violation, in the dark theme (every rule) and the light theme (colour contrast, the rule the theme
// changes). Pages are checked two at a time, in two reused tabs: axe is CPU-bound, and a 2-core machine
// runs two renderers side by side.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, seriousViolations } from './support/axe.ts';
import { NO_PROBLEMS, problemsOf, useSite, type Tab } from './support/fixture.ts';
import { builtPages, dist } from './support/site.ts';

const site = useSite();
const pages = builtPages();
const TABS = 2;

// A pool of watched tabs, reused from page to page (opening a tab costs more than a navigation).
const idle: Tab[] = [];
const waiting: ((tab: Tab) => void)[] = [];
let opened = 0;
async function borrowTab(): Promise<Tab> {
  if (idle.length === 0 && opened < TABS) {
    opened++;
    return site().open();
  }
  return idle.pop() ?? new Promise((resolve) => waiting.push(resolve));
}
function returnTab(tab: Tab): void {
  const next = waiting.shift();
  if (next) next(tab);
  else idle.push(tab);
}

describe('every built page', () => {
  it('the build produced pages', () => {
    expect(pages).toContain('/');
  });

  it.concurrent.for([...pages, '/404.html'])('%s loads cleanly and passes axe', async (url, { expect }) => {
    const tab = await borrowTab();
    const { page, watch } = tab;
    try {
      watch.reset();
      await page.emulateMedia({ colorScheme: 'dark' });
      const response = await page.goto(site().origin + url);
      expect(response?.status()).toBe(200);
      await watch.settled(250);
      expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
      expect(watch.problems.requests.filter((r) => !r.startsWith(site().origin + '/'))).toEqual([]);

      const theme = () => page.evaluate(() => document.documentElement.dataset['theme']);
      expect(await theme()).toBe('dark');
      expect(seriousViolations(await axeViolations(page))).toEqual([]);
      // Starlight's theme toggle sets this attribute; every theme style hangs off it.
      await page.evaluate(() => (document.documentElement.dataset['theme'] = 'light'));
      expect(await theme()).toBe('light');
      expect(seriousViolations(await axeViolations(page, ['color-contrast']))).toEqual([]);
      expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
    } finally {
      returnTab(tab);
    }
  });
});

describe('a missing page', () => {
  it('gets the 404 page with status 404, and only the document fails', async () => {
    const { page, watch } = await site().open();
    const url = `${site().origin}/guides/no-such-page/`;
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await watch.settled();
    // The body is the built 404 page.
    const title = /<title>([^<]*)<\/title>/.exec(readFileSync(path.join(dist, '404.html'), 'utf8'))?.[1];
    expect(title).toBeTruthy();
    expect(await page.title()).toBe(title);
    expect(watch.problems.failedRequests).toEqual([`404 ${url}`]);
    // Chromium logs the document's 404 status as a console error; nothing else may fail.
    expect(watch.problems.consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    expect(watch.problems.pageErrors).toEqual([]);
    expect(watch.problems.offsite).toEqual([]);
    await page.close();
  });
});
