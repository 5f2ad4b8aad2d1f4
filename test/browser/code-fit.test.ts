// Code that fits the screen (issue 30): on the core track's pages no line of a code sample or an
// output box is cut at 1366 px, and on a phone the share of cut lines is printed and kept under a
// measured bound. Lines wrap under their indentation (src/astro/ec-wrap.ts; sample.css: output
// `pre-wrap`); copy buttons still hold the unwrapped text (test/site/copy-code.test.ts).
import { describe, expect, it } from 'vitest';
import { sidebar } from '../../src/content-pipeline/sidebar.ts';
import { codeFit, cutShare, type CodeFit } from './support/code-fit.ts';
import { useSite } from './support/fixture.ts';

const site = useSite();
const core = sidebar.find((group) => group.label === 'Core track')?.items.map((slug) => `/${slug}/`) ?? [];
const LAPTOP = { width: 1366, height: 768 };
const PHONES = [390, 320];
/** Measured with wrapping on (src/astro/ec-wrap.ts): 0 of 1496 lines cut at 390 px and at 320 px. Without
 * wrapping: 165 lines (11%) cut at 1366 px, 38.2% at 390 px, 46.4% at 320 px. */
const PHONE_BOUND = 0.01;

async function measure(width: number, height: number): Promise<Map<string, CodeFit>> {
  const { page } = await site().open({ viewport: { width, height } });
  const fits = new Map<string, CodeFit>();
  for (const url of core) {
    const response = await page.goto(site().origin + url);
    expect(response?.status(), url).toBe(200);
    fits.set(url, await codeFit(page));
  }
  await page.close();
  return fits;
}

function total(fits: Map<string, CodeFit>): CodeFit {
  const all = [...fits.values()];
  return {
    lines: all.reduce((n, f) => n + f.lines, 0),
    cut: all.flatMap((f) => f.cut),
    scrolling: all.flatMap((f) => f.scrolling),
    misindented: all.flatMap((f) => f.misindented),
  };
}

describe('code fits the screen on the core track', () => {
  it('lists the core track pages', () => {
    expect(core.length).toBeGreaterThan(0);
  });

  it('at 1366 px no code or output line is cut and no box scrolls sideways', async () => {
    const fits = await measure(LAPTOP.width, LAPTOP.height);
    const all = total(fits);
    console.log(`code fit at ${LAPTOP.width} px: ${all.cut.length} of ${all.lines} lines cut`);
    expect(all.lines).toBeGreaterThan(0);
    expect([...fits].flatMap(([url, f]) => [...f.cut, ...f.scrolling, ...f.misindented].map((line) => `${url}: ${line}`))).toEqual([]);
  });

  it.each(PHONES)('at %i px the share of cut lines is printed and stays under the bound', async (width) => {
    const fits = await measure(width, 844);
    const all = total(fits);
    const share = cutShare(all);
    console.log(`code fit at ${width} px: ${all.cut.length} of ${all.lines} lines cut (${(share * 100).toFixed(1)}%)`
      + (all.cut.length ? `\n  ${all.cut.slice(0, 10).join('\n  ')}` : ''));
    expect(all.lines).toBeGreaterThan(0);
    expect(share).toBeLessThanOrEqual(PHONE_BOUND);
    expect(all.misindented, 'a wrapped line starts under its own indentation').toEqual([]);
  });
});
