// Accessibility of what only appears on demand (the search dialog; every page is checked in
// pages.test.ts), and screenshots of a guide page (desktop and mobile, light and dark) for a
// person to review, in test-results/screenshots/ (git-ignored).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, seriousViolations } from './support/axe.ts';
import { root, showcasePage } from './support/site.ts';
import { NO_PROBLEMS, problemsOf, useSite } from './support/fixture.ts';

const site = useSite();
const SCHEMES = ['light', 'dark'] as const;

const dir = path.join(root, 'test-results', 'screenshots');

describe('axe-core', () => {
  it('the search dialog, open and showing results, has no serious or critical violation', async () => {
    const { page, watch } = await site().open();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(site().origin + showcasePage());
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

describe('screenshots', () => {
  const url = showcasePage();
  const slug = url.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
  const views = [
    { name: 'desktop', viewport: { width: 1280, height: 900 } },
    { name: 'mobile', viewport: { width: 390, height: 844 } },
  ];
  const cases = views.flatMap((view) => SCHEMES.map((scheme) => [view.name, scheme, view.viewport] as const));

  it.each(cases)(`${url}, %s, %s`, async (view, scheme, viewport) => {
    mkdirSync(dir, { recursive: true });
    const { page, watch } = await site().open({ viewport });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(site().origin + url);
    await watch.settled();
    const file = path.join(dir, `${slug}-${view}-${scheme}.png`);
    await page.screenshot({ path: file, fullPage: true });
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
    await page.close();
  });
});
