// Accessibility of what only appears on demand: the search dialog (every page is checked in
// pages.test.ts). Its screenshot goes to test-results/screenshots/ (git-ignored) for review, with
// those of a guide page that `npm run screenshots` takes.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, seriousViolations } from './support/axe.ts';
import { screenshotsDir } from '../../src/browser/chromium.ts';
import { builtSite } from '../../src/built-site/dist.ts';
import { NO_PROBLEMS, problemsOf, useSite } from './support/fixture.ts';

const built = builtSite();
const dir = screenshotsDir();
const site = useSite();

describe('axe-core', () => {
  it('the search dialog, open and showing results, has no serious or critical violation', async () => {
    const { page, watch } = await site().open();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(site().origin + built.showcasePage());
    await watch.settled();
    await page.getByRole('button', { name: 'Search' }).click();
    const input = page.locator('#starlight__search input');
    await input.waitFor({ state: 'visible' });
    await input.fill('await');
    await page.locator('#starlight__search .pagefind-ui__result').first().waitFor({ state: 'visible' });
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, 'search-desktop-dark.png') });
    expect(seriousViolations(await axeViolations(page))).toEqual([]);
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
    await page.close();
  });
});
