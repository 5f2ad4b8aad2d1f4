// A TypeScript sample and its asyncio twin (<Pair>, src/components/Pair.astro) as a reader uses
// them: a click or the keyboard switches the tabs, the choice is remembered on the next page and
// restored while the page is parsed, a link to a sample in the hidden panel opens it, and with
// JavaScript off or on paper both panels show, one after the other. pages.test.ts checks the first
// page holding a pair as it loads (TypeScript chosen); the other states get axe and contrast here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { componentRoot, holdsRoot } from '../../src/built-site/component-roots.ts';
import { builtSite } from '../../src/built-site/dist.ts';
import { projectRoot } from '../../src/cli/project-root.ts';
import { axeViolations, seriousViolations } from './support/axe.ts';
import { contrastFailures } from './support/layout.ts';
import { NO_PROBLEMS, problemsOf, useSite, type Tab } from './support/fixture.ts';

const built = builtSite();
const site = useSite();
/** How long a condition may take to become true on a busy machine. */
const WAIT = { timeout: 15_000, interval: 50 };
const LABELS = ['TypeScript', 'Python asyncio'];
/** Starlight's key for `syncKey="lang"`: what the reader chose, as the tab's label. */
const STORAGE_KEY = 'starlight-synced-tabs__lang';

const root = componentRoot(readFileSync(path.join(projectRoot(), 'src/components/Pair.astro'), 'utf8'));
const pairPages = root ? built.pages.filter((url) => holdsRoot(built.html(url), root)) : [];
const [first = '', second = first] = pairPages;

/** The first pair on a page: its tabs and panels, in order. */
function pairOn(page: Page): { tabs: Locator; panels: Locator; labels: Locator; tablist: Locator } {
  const pair = page.locator('.pair').first();
  return { tabs: pair.getByRole('tab'), panels: pair.locator('[role="tabpanel"]'), labels: pair.locator('.pair-label'), tablist: pair.getByRole('tablist') };
}

/** Which panels show, in order. */
async function shown(panels: Locator): Promise<boolean[]> {
  return Promise.all([0, 1].map((i) => panels.nth(i).isVisible()));
}

/** Loads a page: `goto` waits for the load event, by which the pair's module script has run. */
async function load(page: Page, url: string): Promise<void> {
  await page.goto(site().origin + url);
}

describe('a TypeScript sample and its asyncio twin', () => {
  let tab: Tab | undefined;
  beforeAll(async () => {
    tab = await site().open();
  });
  afterAll(async () => {
    await tab?.page.close();
  });
  /** The shared tab, on a page with nothing chosen yet. */
  async function fresh(url: string): Promise<Tab> {
    if (!tab) throw new Error('no tab (beforeAll)');
    await tab.page.goto(site().origin + '/');
    await tab.page.evaluate(() => localStorage.clear());
    // Let the last page finish (its favicon) before the watch starts over.
    await tab.watch.settled();
    tab.watch.reset();
    await load(tab.page, url);
    return tab;
  }

  it('some page shows a pair', () => {
    expect(root).toEqual({ classes: ['pair'], data: [] });
    expect(pairPages.length).toBeGreaterThan(0);
  });

  it('shows TypeScript first; clicking a tab shows its panel alone', async () => {
    const { page, watch } = await fresh(first);
    const { tabs, panels } = pairOn(page);
    expect(await tabs.allTextContents()).toEqual(LABELS);
    expect(await shown(panels)).toEqual([true, false]);
    await tabs.nth(1).click();
    await expect.poll(() => shown(panels), WAIT).toEqual([false, true]);
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await tabs.nth(0).getAttribute('aria-selected')).toBe('false');
    await tabs.nth(0).click();
    await expect.poll(() => shown(panels), WAIT).toEqual([true, false]);
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
  });

  it('the arrow keys, Home and End move between the tabs, and only the chosen tab is in the tab order', async () => {
    const { page } = await fresh(first);
    const { tabs, panels } = pairOn(page);
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    const tabOrder = () => Promise.all([0, 1].map((i) => tabs.nth(i).evaluate((el: HTMLElement) => el.tabIndex)));
    await tabs.nth(0).focus();
    expect(await tabOrder()).toEqual([0, -1]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused, WAIT).toBe('Python asyncio');
    expect(await shown(panels)).toEqual([false, true]);
    expect(await tabOrder()).toEqual([-1, 0]);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(focused, WAIT).toBe('TypeScript');
    expect(await shown(panels)).toEqual([true, false]);
    await page.keyboard.press('End');
    await expect.poll(focused, WAIT).toBe('Python asyncio');
    await page.keyboard.press('Home');
    await expect.poll(focused, WAIT).toBe('TypeScript');
    expect(await shown(panels)).toEqual([true, false]);
  });

  it('the choice is remembered on the next page', async () => {
    const { page, watch } = await fresh(first);
    await pairOn(page).tabs.nth(1).click();
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY), WAIT).toBe('Python asyncio');
    // Through a page without a pair, so nothing carries over but the stored choice.
    await page.goto(site().origin + '/');
    await watch.settled();
    await load(page, second);
    const { tabs, panels } = pairOn(page);
    expect(await shown(panels)).toEqual([false, true]);
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
  });

  it('the choice is restored while the page is parsed, by the inline script: no panel swaps after the first paint', async () => {
    const { page } = await site().open();
    try {
      await page.goto(site().origin + '/');
      await page.evaluate(([key, label]) => localStorage.setItem(key ?? '', label ?? ''), [STORAGE_KEY, 'Python asyncio']);
      // The page without its module scripts (which run after parsing): only a classic inline
      // script, run where the parser meets it, can have chosen the panel.
      await page.route(site().origin + first, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(/<script type="module"[\s\S]*?<\/script>/g, '');
        await route.fulfill({ response, body });
      });
      await page.goto(site().origin + first);
      expect(await page.locator('script[type="module"]').count()).toBe(0);
      expect(await shown(pairOn(page).panels)).toEqual([false, true]);
      expect(await pairOn(page).tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    } finally {
      await page.close();
    }
  });


  it('a link to a sample in the hidden panel opens that panel and leaves the choice as it was', async () => {
    const { page, watch } = await fresh(first);
    const { panels } = pairOn(page);
    const id = await panels.nth(1).locator('figure.sample').first().getAttribute('id');
    expect(id).toBeTruthy();
    await page.goto(`${site().origin}${first}#${id ?? ''}`);
    await expect.poll(() => shown(panels), WAIT).toEqual([false, true]);
    await expect.poll(() => page.locator(`[id="${id ?? ''}"]`).evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < window.innerHeight), WAIT).toBe(true);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
  });

  it('printed, both panels show, each under its label, and no tabs', async () => {
    const { page } = await fresh(first);
    await page.emulateMedia({ media: 'print' });
    try {
      const { panels, labels, tablist } = pairOn(page);
      expect(await shown(panels)).toEqual([true, true]);
      expect(await labels.allTextContents()).toEqual(LABELS);
      expect(await Promise.all([0, 1].map((i) => labels.nth(i).isVisible()))).toEqual([true, true]);
      expect(await tablist.isVisible()).toBe(false);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('with Python chosen, axe finds nothing serious and the text contrasts, and its sample\'s targets are 24 px', async () => {
    const { page, watch } = await fresh(first);
    const { tabs, panels } = pairOn(page);
    await tabs.nth(1).click();
    await expect.poll(() => shown(panels), WAIT).toEqual([false, true]);
    // Expressive Code makes a block that overflows focusable once it is laid out: the panel just shown.
    await watch.settled();
    expect(seriousViolations(await axeViolations(page))).toEqual([]);
    expect(await contrastFailures(page)).toEqual([]);
    const small = await panels.nth(1).locator('.sample-anchor, .sample-copy-file').evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect()).filter((box) => box.width < 24 || box.height < 24).map((box) => `${box.width}×${box.height}`),
    );
    expect(small).toEqual([]);
  });
});

describe('a pair on a phone', () => {
  it('a tap switches the tabs, and both tabs fit on a 390 px screen', async () => {
    const browser = site().browser.context.browser();
    if (!browser) throw new Error('the suite’s context has no browser');
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    try {
      const page = await context.newPage();
      await load(page, first);
      const { tabs, panels } = pairOn(page);
      const rights = await tabs.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
      expect(rights.every((right) => right <= 390), `tabs end at ${rights.join(', ')} px`).toBe(true);
      await tabs.nth(1).tap();
      await expect.poll(() => shown(panels), WAIT).toEqual([false, true]);
    } finally {
      await context.close();
    }
  });
});

describe('a pair with JavaScript off', () => {
  it('shows both panels, TypeScript then Python, each under its label, and no tabs', async () => {
    const browser = site().browser.context.browser();
    if (!browser) throw new Error('the suite’s context has no browser');
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.goto(site().origin + first);
      const { panels, labels, tablist } = pairOn(page);
      expect(await shown(panels)).toEqual([true, true]);
      expect(await Promise.all([0, 1].map((i) => labels.nth(i).isVisible()))).toEqual([true, true]);
      expect(await tablist.isVisible()).toBe(false);
      const [ts, py] = await Promise.all([0, 1].map((i) => panels.nth(i).boundingBox()));
      expect(py?.y ?? 0).toBeGreaterThanOrEqual((ts?.y ?? 0) + (ts?.height ?? 0));
    } finally {
      await context.close();
    }
  });
});
