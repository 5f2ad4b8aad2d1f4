// What a reader does, in a real browser: copy a sample, search, switch the theme, open the menu on a
// phone, reach a copy button with the keyboard, follow a link to a heading.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { catalogue } from '../../src/catalogue/catalogue.ts';
import { builtPages, pageHtml, pagesWithSamples, showcasePage } from './support/site.ts';
import { NO_PROBLEMS, problemsOf, useSite, type Tab } from './support/fixture.ts';

const site = useSite();
const MOBILE = { width: 390, height: 844 };
/** How long a condition may take to become true on a busy machine. */
const WAIT = { timeout: 15_000, interval: 50 };

/** The text a sample must copy: its region of the file under examples/ (or the whole file). */
function expectedSampleText(dataExample: string): string {
  const [file = '', region] = dataExample.split('#');
  return catalogue().excerpt(file, region).code;
}

/** Whether an element's box is inside the viewport (at least partly). */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
  });
}

describe('copy buttons', () => {
  const pages = pagesWithSamples();

  it('some page shows a sample', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  // One tab for every page: the copy buttons work once the page has loaded (Expressive Code's
  // script is a module, run before the load event), so there is no need to wait for the network.
  let tab: Tab | undefined;
  afterAll(async () => {
    await tab?.page.close();
  });

  it.each(pages)('on %s, each sample copies exactly its region of the example file', async (url) => {
    tab ??= await site().open();
    const { page, watch } = tab;
    // Leave the last page first: a request it still had open (its favicon, say) is cancelled
    // before the watch starts over, not counted against this page.
    await page.goto('about:blank');
    watch.reset();
    await page.goto(site().origin + url);
    const samples = page.locator('figure.sample');
    const count = await samples.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const sample = samples.nth(i);
      const dataExample = (await sample.getAttribute('data-example')) ?? '';
      // Clear the clipboard so a button that copies nothing cannot pass on an earlier copy.
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await sample.locator('.copy button').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), WAIT).not.toBe('');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      // Expressive Code drops the final newline of a block; every other character must match.
      expect(copied, dataExample).toBe(expectedSampleText(dataExample).replace(/\n$/, ''));
    }
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
  });
});

describe('search', () => {
  it('Ctrl+K opens search, which loads on demand, finds a page by its title and opens it', async () => {
    const target = showcasePage();
    const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(pageHtml(target))?.[1]?.trim() ?? '';
    expect(title).not.toBe('');
    const { page, watch } = await site().open();
    await page.goto(site().origin + '/');
    await watch.settled();
    // Nothing of the search UI or the index is loaded before the reader asks for it.
    expect(watch.problems.requests.filter((r) => /search-ui|\/pagefind\//.test(r))).toEqual([]);

    await page.keyboard.press('Control+k');
    const input = page.locator('#starlight__search input');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement), WAIT).toBe(true);
    await input.fill(title);
    const result = page.locator(`#starlight__search a.pagefind-ui__result-link[href^="${target}"]`).first();
    await result.click();
    await page.waitForURL((url) => url.pathname === target);
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('theme', () => {
  it('the theme toggle switches the theme and remembers it after a reload', async () => {
    const { page, watch } = await site().open();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(site().origin + showcasePage());
    await watch.settled();
    const theme = () => page.evaluate(() => document.documentElement.dataset['theme']);
    expect(await theme()).toBe('dark');
    const select = page.locator('header starlight-theme-select select');
    await select.selectOption('light');
    expect(await theme()).toBe('light');
    await page.reload();
    await watch.settled();
    expect(await theme()).toBe('light');
    await expect(select.inputValue()).resolves.toBe('light');
    await select.selectOption('dark');
    await page.reload();
    await watch.settled();
    expect(await theme()).toBe('dark');
    // Back to following the system, for the other tests in this browser profile.
    await select.selectOption('auto');
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('mobile', () => {
  it('on a 390x844 screen, the menu button opens the sidebar and its links work', async () => {
    const { page, watch } = await site().open({ viewport: MOBILE });
    await page.goto(site().origin + showcasePage());
    await watch.settled();
    const sidebar = page.locator('#starlight__sidebar');
    await expect(sidebar.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect.poll(() => sidebar.evaluate((el) => el.matches(':popover-open')), WAIT).toBe(true);
    const link = sidebar.locator('a[href^="/guides/"]').first();
    await expect(link.isVisible()).resolves.toBe(true);
    const href = (await link.getAttribute('href')) ?? '';
    await link.click();
    await page.waitForURL((url) => url.pathname === href);
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('keyboard', () => {
  it('Tab presses alone reach the copy button of a sample', async () => {
    const url = pagesWithSamples()[0];
    expect(url).toBeDefined();
    const { page, watch } = await site().open();
    await page.goto(site().origin + (url ?? '/'));
    await watch.settled();
    const onCopyButton = () =>
      page.evaluate(() => document.activeElement?.matches('figure.sample .copy button') ?? false);
    let presses = 0;
    while (!(await onCopyButton()) && presses < 300) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await onCopyButton(), `not reached after ${presses} Tab presses`).toBe(true);
    // The focused button shows itself (it fades in on :focus-visible) and copies on Enter.
    const shown = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el.matches(':focus-visible') && getComputedStyle(el).visibility !== 'hidden' && Number(getComputedStyle(el).opacity) === 1;
      });
    await expect.poll(shown, WAIT).toBe(true);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.keyboard.press('Enter');
    const dataExample = await page.evaluate(() => document.activeElement?.closest('figure.sample')?.getAttribute('data-example') ?? '');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), WAIT).toBe(expectedSampleText(dataExample).replace(/\n$/, ''));
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('anchors', () => {
  // The last h2 of the longest page: the one furthest from the top.
  const candidates = builtPages()
    .map((url) => ({ url, ids: [...pageHtml(url).matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1] ?? '') }))
    .filter((p) => p.ids.length > 0)
    .sort((a, b) => pageHtml(b.url).length - pageHtml(a.url).length);
  const target = candidates[0];

  it('a page has a heading to link to', () => {
    expect(target).toBeDefined();
  });

  it('a link to a heading anchor scrolls it into view', async () => {
    const { url, ids } = target ?? { url: '/', ids: [] };
    const id = ids.at(-1) ?? '';
    const { page, watch } = await site().open();
    await page.goto(`${site().origin}${url}#${id}`);
    await watch.settled();
    await expect.poll(() => inViewport(page, `[id="${id}"]`), WAIT).toBe(true);
    // And from the top of the page, following the table of contents link.
    await page.goto(`${site().origin}${url}`);
    await watch.settled();
    // The longest page's last section starts below the first screen, so the click has to scroll.
    await expect(inViewport(page, `[id="${id}"]`)).resolves.toBe(false);
    await page.locator(`starlight-toc a[href="#${id}"]`).click();
    await expect.poll(() => inViewport(page, `[id="${id}"]`), WAIT).toBe(true);
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
    await page.close();
  });
});
