// The cheat sheet is meant to be printed: on A4 it fits one sheet, with no site chrome on it. A
// printed guide has no copy buttons and no anchor links: a sheet of paper cannot use them.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/cli/project-root.ts';
import { NO_PROBLEMS, problemsOf, useSite } from './support/fixture.ts';

const site = useSite();

describe('printing', () => {
  it('the cheat sheet prints on one A4 sheet, without the header or the sidebar', async () => {
    const { page, watch } = await site().open();
    await page.goto(`${site().origin}/reference/cheat-sheet/`);
    await watch.settled();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.header').isVisible()).toBe(false);
    expect(await page.locator('nav.sidebar').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
    const dir = path.join(projectRoot(), 'test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'cheat-sheet.pdf'), pdf);
    // Each page of a PDF is one "/Type /Page" object (the page tree is "/Type /Pages").
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length, 'the cheat sheet takes more than one sheet (see test-results/cheat-sheet.pdf)').toBe(1);
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
  });

  it('a printed guide hides copy buttons, "Copy whole file" and anchor links, which show on screen', async () => {
    const { page, watch } = await site().open();
    await page.goto(`${site().origin}/guides/event-loop/`);
    await watch.settled();
    const furniture = ['.expressive-code .copy button', '.sample-copy-file', '.sl-anchor-link', '.sample-anchor'];
    const shown = async () => Promise.all(furniture.map(async (selector) => [selector, await page.locator(selector).evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0).length)] as const));
    // On screen, each is there (anchor links appear on hover or focus, but have a box).
    expect((await shown()).filter(([, n]) => n === 0)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect((await shown()).filter(([, n]) => n > 0)).toEqual([]);
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
  });
});
