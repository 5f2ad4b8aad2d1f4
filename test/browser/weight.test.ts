// The page-weight budget (scripts/page-weight.ts prints the same figures): on first view, before any
// interaction, until the network is quiet, a guide page loads at most 50 KB gzipped in total and at
// most 8 KB gzipped of JavaScript, the favicon included. Search's UI and index are not part of it:
// they load on demand.
import { describe, expect, it } from 'vitest';
import { useSite } from './support/fixture.ts';
import { guidePages } from './support/site.ts';
import { BUDGET, formatWeight, weighPage } from './support/weight.ts';

const site = useSite();
const pages = ['/', ...guidePages()];

describe('page weight', () => {
  it.each(pages)('%s stays within budget on first view', async (url) => {
    const weight = await weighPage(site().browser.context, site().origin, url);
    console.log(formatWeight(weight));
    expect(weight.gzip.total, formatWeight(weight)).toBeLessThanOrEqual(BUDGET.total);
    expect(weight.gzip.js, formatWeight(weight)).toBeLessThanOrEqual(BUDGET.js);
    expect(weight.resources.map((r) => r.url).filter((u) => /search-ui|\/pagefind\//.test(u))).toEqual([]);
  });
});
