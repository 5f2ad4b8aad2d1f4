// The cheat sheet is meant to be printed: on A4 it fits one sheet, with no site chrome on it.
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
});
