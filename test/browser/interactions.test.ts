// What a reader does, in a real browser: copy a sample, search, switch the theme, open the menu on a
// phone, reach a copy button with the keyboard, follow a link to a heading.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FRAGMENT_COPY } from '../../src/astro/ec-fragment-copy.ts';
import { catalogue } from '../../src/catalogue/catalogue.ts';
import { repository } from '../../src/astro/repository.ts';
import { builtSite } from '../../src/built-site/dist.ts';
import { NO_PROBLEMS, problemsOf, useSite, type Tab } from './support/fixture.ts';

const built = builtSite();
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
  // Every copy button is Expressive Code's, the same on every page: clicking them is tested on one
  // guide and one examples page; test/site/copy-code.test.ts checks what every button holds.
  const withSamples = built.pagesWithSamples();
  const pages = [withSamples.find((p) => p === built.showcasePage()) ?? withSamples.find((p) => p.startsWith('/guides/')), withSamples.find((p) => p.startsWith('/examples/'))].filter(
    (p): p is string => p !== undefined,
  );

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
      // A fragment's button says so to every reader (its accessible name is its tooltip), and
      // "Copy whole file" comes before it.
      const [file = '', region] = dataExample.split('#');
      if (catalogue().excerpt(file, region).code !== catalogue().file(file).whole.code && !catalogue().isWholeProgram(file, region)) {
        await expect.poll(() => sample.getByRole('button', { name: FRAGMENT_COPY.tooltip, exact: true }).count(), WAIT).toBe(1);
        expect(await sample.getByRole('button').first().textContent(), `${dataExample}: the first button`).toContain('Copy whole file');
      }
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

describe('copy whole file', () => {
  const url = built.pagesWithSamples().find((p) => built.html(p).includes('class="sample-copy-file"'));

  it('copies the file as tested, says so, and the message clears', async () => {
    expect(url).toBeDefined();
    const { page, watch } = await site().open();
    // The page's own clock, so the message's timeout runs without waiting for it.
    await page.clock.install();
    await page.goto(site().origin + (url ?? '/'));
    const sample = page.locator('figure.sample:has(.sample-copy-file)').first();
    const file = ((await sample.getAttribute('data-example')) ?? '').split('#')[0] ?? '';
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await sample.locator('.sample-copy-file').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), WAIT).toBe(catalogue().file(file).whole.code);
    const status = sample.locator('.sample-status');
    await expect.poll(() => status.textContent(), WAIT).toBe('Copied whole file');
    await page.clock.runFor(5000);
    await expect.poll(() => status.textContent(), WAIT).toBe('');
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('search', () => {
  it('Ctrl+K opens search, which loads on demand, finds a page by its title and opens it', async () => {
    const target = built.showcasePage();
    const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(built.html(target))?.[1]?.trim() ?? '';
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

describe('search finds', () => {
  /** The result links search shows for a query, in order (page links and section links). */
  async function resultLinks(page: Page, query: string): Promise<{ href: string; text: string }[]> {
    const input = page.locator('#starlight__search input');
    const results = page.locator('#starlight__search .pagefind-ui__result');
    await input.fill('');
    await expect.poll(() => results.count(), WAIT).toBe(0);
    await input.fill(query);
    await expect.poll(() => results.count(), WAIT).toBeGreaterThan(0);
    // Each result shows its links once its data has loaded.
    const loaded = () => results.evaluateAll((els) => els.every((el) => el.querySelector('.pagefind-ui__result-link') !== null));
    await expect.poll(loaded, WAIT).toBe(true);
    return page.locator('#starlight__search .pagefind-ui__result-link, #starlight__search .pagefind-ui__result-excerpt').evaluateAll((els) =>
      els.map((el) => ({ href: el.getAttribute('href') ?? '', text: el.textContent ?? '' })),
    );
  }

  // Picked from the build: an example file on its examples page, a guide's section heading, an API page.
  const exampleFile = 'many-requests';
  const examplesPage = built.pages.find((p) => p.startsWith('/examples/') && built.html(p).includes(`id="${exampleFile}"`));
  const apiPage = built.pages.find((p) => p === '/reference/api/semaphore/');

  it('an example file, a section heading and an API name, each linking where it is', async () => {
    expect(examplesPage).toBeDefined();
    expect(apiPage).toBeDefined();
    const { page, watch } = await site().open();
    await page.goto(site().origin + '/');
    await watch.settled();
    await page.getByRole('button', { name: 'Search' }).click();

    const files = await resultLinks(page, exampleFile);
    expect(files.map((l) => l.href)).toContain(`${examplesPage}#${exampleFile}`);

    // A section: its heading, searched for, is the first link of its page's result.
    const thread = await resultLinks(page, 'thread pool');
    const firstSection = thread.find((l) => l.href.includes('#'));
    expect(firstSection?.href).toBe('/guides/event-loop/#the-libuv-thread-pool');

    const api = await resultLinks(page, 'Semaphore');
    expect(api.some((l) => l.href.startsWith(apiPage ?? '-'))).toBe(true);

    // Excerpts are the page's words, not the words of a sample's caption or badges.
    for (const link of [...files, ...thread, ...api]) expect(link.text).not.toMatch(/✓|✗|passes|Fragment of|Whole file of|Verified output/);
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('theme', () => {
  it('the theme toggle switches the theme and remembers it after a reload', async () => {
    const { page, watch } = await site().open();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(site().origin + built.showcasePage());
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
    await page.goto(site().origin + built.showcasePage());
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
    // Settled before the next navigation, which would abort what the page still loads (its favicon).
    await watch.settled();
    // Splash pages (home, 404) have the menu too: a reader landing there can reach every page.
    for (const splash of ['/', '/404.html']) {
      await page.goto(site().origin + splash);
      await watch.settled();
      await expect(page.getByRole('button', { name: 'Menu' }).isVisible(), splash).resolves.toBe(true);
    }
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('wide tables on a phone', () => {
  // The versions table, the operations table and the lint-rule table are wider than a phone. Each
  // table either fits at 390 px or, scrolled to its start, shows a cue at its right edge that is gone
  // once it is scrolled to its end: compared with the cells' contents hidden, so only the cue differs.
  it.each(['/reference/versions/', '/reference/operations/', '/guides/forgotten-await/'])('%s: each table fits or shows it scrolls', async (url) => {
    const { page, watch } = await site().open({ viewport: MOBILE });
    await page.goto(site().origin + url);
    await watch.settled();
    await page.addStyleTag({ content: '.sl-markdown-content table * { visibility: hidden !important; }' });
    const tables = page.locator('.sl-markdown-content table');
    const count = await tables.count();
    expect(count).toBeGreaterThan(0);
    let wide = 0;
    for (let i = 0; i < count; i++) {
      const table = tables.nth(i);
      const overflows = await table.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
      if (!overflows) continue;
      wide++;
      await table.scrollIntoViewIfNeeded();
      const rightEdge = async (scrollLeft: 'start' | 'end'): Promise<Buffer> => {
        await table.evaluate((el, to) => { el.scrollLeft = to === 'start' ? 0 : el.scrollWidth; }, scrollLeft);
        const box = await table.boundingBox();
        if (!box) throw new Error(`${url}: table ${i} has no box`);
        const height = Math.min(box.height, MOBILE.height - Math.max(box.y, 0), 200);
        return page.screenshot({ clip: { x: box.x + box.width - 8, y: Math.max(box.y, 0), width: 8, height } });
      };
      const atStart = await rightEdge('start');
      const atEnd = await rightEdge('end');
      expect(atStart.equals(atEnd), `${url}: table ${i} scrolls sideways with no cue at its right edge`).toBe(false);
    }
    expect(wide, `${url}: no table is wider than the phone, so this test checks no cue`).toBeGreaterThan(0);
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('page furniture', () => {
  it('a guide says when it was last updated, links previous and next, and links the repository only when one is set', async () => {
    const { page, watch } = await site().open();
    await page.goto(site().origin + built.showcasePage());
    const updated = await page.locator('footer time[datetime]').getAttribute('datetime');
    expect(Number.isNaN(Date.parse(updated ?? ''))).toBe(false);
    await expect(page.locator('footer a[rel="next"]').count()).resolves.toBe(1);
    const edit = page.locator('footer a[href*="/edit/"]');
    const social = page.locator('header a[href^="https://"]');
    if (repository) {
      await expect(edit.getAttribute('href')).resolves.toMatch(new RegExp(`^${RegExp.escape(repository.editBase)}`));
      await expect(social.first().getAttribute('href')).resolves.toBe(repository.home);
    } else {
      await expect(edit.count()).resolves.toBe(0);
      await expect(social.count()).resolves.toBe(0);
    }
    // The 404 asks readers to report a broken link only where they can: the repository's issues.
    await page.goto(site().origin + '/404.html');
    const report = page.locator('main a[href*="/issues/"]');
    if (repository) await expect(report.getAttribute('href')).resolves.toBe(repository.issues);
    else {
      await expect(report.count()).resolves.toBe(0);
      await expect(page.locator('main').textContent()).resolves.not.toMatch(/tell (us|the maintainers)|open an issue/i);
    }
    // An examples page and an API page have previous and next too.
    for (const url of [built.pages.find((p) => p.startsWith('/examples/')), built.pages.find((p) => /^\/reference\/api\/[^/]+\/$/.test(p))]) {
      await page.goto(site().origin + (url ?? '/'));
      await expect(page.locator('footer a[rel="prev"], footer a[rel="next"]').count(), url).resolves.toBeGreaterThan(0);
    }
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('keyboard', () => {
  // From the top of a guide: skip link, Enter, then Tab. What stands between the article's start and
  // its first sample's copy button is the prose's own links and at most three stops per code block
  // (its scroll box, its type hovers' one stop, its copy button), never one stop per type hover.
  const MAX_STOPS_AFTER_SKIP = 12;

  it('Tab reaches the first copy button in a few stops; arrow keys reach every type hover', async () => {
    const url = built.showcasePage();
    const { page, watch } = await site().open();
    await page.goto(site().origin + url);
    await watch.settled();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return {
          copy: el?.matches('figure.sample .copy button') ?? false,
          hover: el?.matches('.type-hover') ?? false,
          label: el ? `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${(el.textContent ?? '').trim().slice(0, 30)}"` : 'none',
        };
      });
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.matches('.sl-skip-link') ?? false)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    const stops: string[] = [];
    let hoverStops = 0;
    for (;;) {
      await page.keyboard.press('Tab');
      const now = await focused();
      stops.push(now.label);
      if (now.hover) hoverStops++;
      if (now.copy || stops.length > 60) break;
    }
    console.log(`${url}: first copy button after the skip link and ${stops.length} Tab stops`);
    expect(stops.length, stops.join('\n')).toBeLessThanOrEqual(MAX_STOPS_AFTER_SKIP);
    expect(hoverStops, 'type hovers as Tab stops before the first copy button').toBeLessThanOrEqual(1);

    // The focused copy button shows itself (it fades in on :focus-visible) and copies on Enter.
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

    // Type hovers: a block's first hover is its Tab stop; from there the arrow keys visit every
    // other hover, each showing its type in the tooltip, with a visible focus ring.
    const block = page.locator('pre:has(.type-hover[tabindex="0"])').first();
    const reachable = await block.locator('.type-hover').count();
    expect(reachable).toBeGreaterThan(1);
    await block.locator('.type-hover[tabindex="0"]').focus();
    const visited = new Set<string>();
    for (let i = 0; i < reachable; i++) {
      const state = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const tip = document.getElementById('type-tooltip');
        return {
          hover: el.matches('.type-hover'),
          type: el.dataset['type'] ?? '',
          tooltip: tip && !tip.hidden ? tip.textContent ?? '' : '',
          ring: getComputedStyle(el).outlineStyle !== 'none' && Number.parseFloat(getComputedStyle(el).outlineWidth) >= 2,
        };
      });
      expect(state.hover).toBe(true);
      expect(state.tooltip.startsWith(state.type)).toBe(true);
      expect(state.ring, 'a visible focus ring').toBe(true);
      visited.add(state.type + i);
      await page.keyboard.press('ArrowRight');
    }
    expect(visited.size).toBe(reachable);
    // The last hover visited keeps the block's one Tab stop.
    await expect(block.locator('.type-hover[tabindex="0"]').count()).resolves.toBe(1);
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
    await page.close();
  });
});

describe('anchors', () => {
  // The last h2 of the longest page: the one furthest from the top.
  const candidates = built.pages
    .map((url) => ({ url, ids: [...built.html(url).matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1] ?? '') }))
    .filter((p) => p.ids.length > 0)
    .sort((a, b) => built.html(b.url).length - built.html(a.url).length);
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
