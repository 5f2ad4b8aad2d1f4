// The built pages in a real browser: status 200, no console errors, no page errors, no failed
// requests, no request leaving 127.0.0.1; a guide stays within its page-weight budget; axe-core
// finds no serious or critical violation; at 320 px wide the page does not scroll sideways; the
// sidebar marks the page as current. Pages are built alike, from one layout and a few components: the checks whose result comes from those
// (colour contrast, by axe in both themes and by computed colours, every width, target sizes) run
// in full on one page of each kind and on the first page that holds each component; every other
// hand-written page gets the content checks, with axe on its own content (the code blocks and the
// navigation emptied, see below). Generated pages (one template each, filled with code) are
// checked through their kind's page and in their HTML. A layout-shift check under a throttled load
// runs on one page of each kind. Pages are checked two at a time, in two reused tabs: axe is
// CPU-bound, and a 2-core machine runs two renderers side by side.
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWeighing } from '../../src/browser/weight.ts';
import { builtSite } from '../../src/built-site/dist.ts';
import { componentRoot, holdsRoot } from '../../src/built-site/component-roots.ts';
import { formatWeight, overBudget } from '../../src/built-site/page-weight.ts';
import { projectRoot } from '../../src/cli/project-root.ts';
import { axeViolations, seriousViolations } from './support/axe.ts';
import { NO_PROBLEMS, problemsOf, useSite, type Tab } from './support/fixture.ts';
import { contrastFailures, cumulativeLayoutShift, recordLayoutShifts, sidewaysOverflow } from './support/layout.ts';

const site = useSite();
const built = builtSite();
const pages = built.pages;
const TABS = 2;
const DESKTOP = { width: 1280, height: 900 };
/** A small phone, a common phone, a tablet in portrait. */
const NARROW = [320, 390, 768];

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

// Generated pages, each kind from one template: an examples page per folder, an API page per module.
const GENERATED = [/^\/examples\/[^/]+\/$/, /^\/reference\/api\/[^/]+\/$/];

// One page of each kind (each kind has its own layout and components): a guide, an examples page,
// an API page, the versions page, home and the 404.
const kinds = [
  built.showcasePage(),
  ...GENERATED.map((kind) => pages.find((p) => kind.test(p))),
  '/reference/versions/',
  '/',
  '/404.html',
].filter((p): p is string => p !== undefined && (p === '/404.html' || pages.includes(p)));

const generated = pages.filter((url) => GENERATED.some((kind) => kind.test(url)) && !kinds.includes(url));
const inBrowser = pages.filter((url) => !generated.includes(url));

// Each component of src/components/, found in the HTML by the root its template writes (its classes,
// or its data attributes): the first page holding each gets the full checks. A component that writes
// only plain elements (a <code>, a paragraph) has no look of its own; the layout's checks cover it.
const components = globSync('src/components/*.astro', { cwd: projectRoot() })
  .sort()
  .flatMap((file) => {
    const root = componentRoot(readFileSync(path.join(projectRoot(), file), 'utf8'));
    return root ? [{ name: path.basename(file, '.astro'), root }] : [];
  });
const withComponent = new Map(
  components.map(({ name, root }) => {
    const holds = (url: string) => holdsRoot(built.html(url), root);
    return [name, inBrowser.find((url) => kinds.includes(url) && holds(url)) ?? inBrowser.find(holds)];
  }),
);
// The page-weight budget (support/weight.ts, scripts/page-weight.ts prints the same figures): on
// first view, before any interaction, until the network is quiet, a guide page (and home) loads at
// most 50 KB gzipped in total and 8 KB of JavaScript, the favicon included, and nothing of search,
// which loads on demand. Weighed during the load the other checks make.
const weighedPages = new Set(['/', ...built.guidePages()]);
const fullPages = new Set([...kinds, ...[...withComponent.values()].filter((url): url is string => url !== undefined)]);

describe('every built page', () => {
  it('the build produced pages', () => {
    expect(pages).toContain('/');
  });

  it('every component is on some page, which gets the full checks', () => {
    expect(components.length).toBeGreaterThan(10);
    expect([...withComponent].filter(([, url]) => url === undefined).map(([name]) => name)).toEqual([]);
  });

  // Generated pages (an examples page per folder, an API page per module) come from one template
  // each, filled with code: their kind's page gets every check here; the rest are checked in their
  // HTML (below) and by test/site/site-check.test.ts (links, anchors, ids, where each code block comes from).
  it('every generated page marks itself current in the sidebar', () => {
    const unmarked = generated.filter((url) => built.document(url).querySelector('#starlight__sidebar a[aria-current="page"]')?.getAttribute('href') !== url);
    expect(unmarked).toEqual([]);
  });

  it.concurrent.for([...inBrowser, '/404.html'])('%s loads cleanly, passes axe and fits a narrow screen', async (url, { expect }) => {
    const tab = await borrowTab();
    const { page, watch } = tab;
    try {
      watch.reset();
      await page.emulateMedia({ colorScheme: 'dark' });
      const weighed = weighedPages.has(url) ? startWeighing(page, url) : undefined;
      const response = await page.goto(site().origin + url);
      expect(response?.status()).toBe(200);
      await watch.settled();
      if (weighed) {
        const weight = await weighed();
        console.log(formatWeight(weight));
        expect(overBudget(weight), formatWeight(weight)).toEqual([]);
      }
      expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
      expect(watch.problems.requests.filter((r) => !r.startsWith(site().origin + '/'))).toEqual([]);

      const theme = () => page.evaluate(() => document.documentElement.dataset['theme']);
      expect(await theme()).toBe('dark');
      const full = fullPages.has(url);
      if (full) expect(seriousViolations(await axeViolations(page))).toEqual([]);
      const contrast = full ? (await contrastFailures(page)).map((f) => `dark: ${f}`) : [];
      // The sidebar shows where the reader is (the home page is the site title's link instead).
      if (url !== '/' && url !== '/404.html') {
        await expect(page.locator(`#starlight__sidebar a[aria-current="page"][href="${url}"]`).count(), 'current in the sidebar').resolves.toBe(1);
      }
      // Starlight's theme toggle sets this attribute; every theme style hangs off it.
      await page.evaluate(() => (document.documentElement.dataset['theme'] = 'light'));
      expect(await theme()).toBe('light');
      if (full) expect(seriousViolations(await axeViolations(page, { only: ['color-contrast'] }))).toEqual([]);
      // On the full pages, contrast measured from computed colours too (axe leaves out text it
      // cannot decide, and marks such as ✓ and ✗), and the size of a sample's own controls.
      if (full) {
        contrast.push(...(await contrastFailures(page)).map((f) => `light: ${f}`));
        expect(contrast).toEqual([]);
        // 24×24 px at least (WCAG 2.2, 2.5.8; a link inside a sentence, like the caption's download
        // link, is exempt). A target in a closed tab is none (test/browser/pair.test.ts opens it).
        const small = await page.locator('.sample-anchor, .sample-copy-file').evaluateAll((els) =>
          els.filter((el) => el.checkVisibility()).map((el) => el.getBoundingClientRect()).filter((box) => box.width < 24 || box.height < 24).map((box) => `${box.width}×${box.height}`),
        );
        expect(small, 'targets under 24×24 px').toEqual([]);
      }
      // No sideways scroll on narrow screens, in either theme (a resize relays the page out; no reload).
      const overflows: string[] = [];
      for (const [i, width] of (full ? NARROW : NARROW.slice(0, 1)).entries()) {
        await page.setViewportSize({ width, height: 800 });
        // Alternating the order saves a theme switch (a restyle of the whole page) per width.
        const themes = !full ? ['light'] : i % 2 === 0 ? ['light', 'dark'] : ['dark', 'light'];
        overflows.push(...(await sidewaysOverflow(page, themes)).map((found) => `${width} px, ${found}`));
      }
      await page.setViewportSize(DESKTOP);
      expect(overflows).toEqual([]);
      if (!full) {
        // axe on the page's own content. Its time grows with the whole DOM, however narrow the
        // scope, and most of a guide's DOM is code blocks (Expressive Code, the type hovers) and the
        // navigation, built alike on every page and checked by axe on the full pages, as colour
        // contrast is: emptied first, axe takes 0.15 to 0.3 s of a guide instead of 0.7 to 1.6 s
        // (measured on this machine). Every check that needs them has run by now.
        await page.evaluate(() => {
          for (const el of document.querySelectorAll('.expressive-code, #starlight__sidebar')) el.replaceChildren();
        });
        expect(seriousViolations(await axeViolations(page, { skip: ['color-contrast'] }))).toEqual([]);
      }
      expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
    } finally {
      returnTab(tab);
    }
  });
});

describe('one page of each kind', () => {
  it('covers every kind', () => {
    expect(kinds).toHaveLength(6);
  });

  // One at a time: a throttled CPU is emulated by the renderer's scheduler, and two throttled tabs
  // on two busy cores starve each other's idle callbacks.
  it.for(kinds)('%s: layout shift under 0.05 on a throttled load', async (url, { expect }) => {
    // A laptop on a slow connection: 4× slower CPU, 150 ms round trips, 0.8 Mbit/s down, where the
    // browser paints a page before all of it has arrived (at 1.6 Mbit/s the rail's jump, below,
    // showed on some pages only).
    const { page, watch } = await site().open({ viewport: { width: 1366, height: 768 } });
    try {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 100_000, uploadThroughput: 50_000 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await recordLayoutShifts(page);
      // Throttled, a load takes seconds; on a busy machine far more. What is asserted is the shift, not the time.
      await page.goto(site().origin + url, { waitUntil: 'load', timeout: 90_000 });
      // Scripts deferred to an idle moment (search's button, the type hovers) have run.
      await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
      expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
      expect(await cumulativeLayoutShift(page)).toBeLessThan(0.05);
      // The cause of the shift this guards against, checked directly: the "On this page" rail comes
      // before the article in the HTML, and must stand where it ends up while the article is not
      // there yet (as during a slow load), not across the article's place.
      const rail = await page.evaluate(() => {
        const el = document.querySelector('.right-sidebar');
        const article = document.querySelector('.main-pane');
        if (!el || !article || getComputedStyle(el).position !== 'fixed') return undefined;
        const with_ = el.getBoundingClientRect().left;
        const holder = document.createElement('template');
        article.replaceWith(holder);
        const without = el.getBoundingClientRect().left;
        holder.replaceWith(article);
        return { with: with_, without };
      });
      if (rail) expect(rail.without, 'rail position without the article').toBe(rail.with);
    } finally {
      await page.close();
    }
  });
});

describe('the sidebar', () => {
  it('reaches every page of the site', () => {
    // Every page's sidebar lists the same links (collapsed groups too); a guide's is as good as any.
    const sidebar = /<nav class="sidebar[\s\S]*?<\/nav>/.exec(built.html(pages.find((p) => p.startsWith('/guides/')) ?? '/'))?.[0] ?? '';
    const linked = new Set([...sidebar.matchAll(/href="([^"#]+)"/g)].map((m) => m[1]));
    expect(pages.filter((p) => p !== '/' && !linked.has(p))).toEqual([]);
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
    const title = built.document('/404.html').querySelector('title')?.text;
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
