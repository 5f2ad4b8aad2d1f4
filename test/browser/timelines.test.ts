// The build-time pictures (timelines, bar charts, the loop's phases) as a reader on a phone sees
// them, in both themes: each picture fits its column and the screen (whether the page as a whole
// scrolls sideways is screens.test.ts's to check), its text is at least 12 px as rendered, and its bars stand out from the page at 3:1 or more (WCAG 1.4.11,
// computed from the rendered colours). Screenshots go to test-results/screenshots/ for review.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotsDir } from '../../src/browser/chromium.ts';
import { builtSite } from '../../src/built-site/dist.ts';
import { NO_PROBLEMS, problemsOf, useSite } from './support/fixture.ts';

const built = builtSite();
const dir = screenshotsDir();
const site = useSite();
const PICTURES = '.timeline, .bar-chart, .loop-phases';
const pages = built.guidePages().filter((url) => /class="(timeline|bar-chart|loop-phases) /.test(built.html(url)));

interface Measured {
  viewport: number;
  pictures: { selector: string; width: number; column: number; right: number; smallestText: number; barContrast: number | null }[];
}

describe('pictures drawn from recorded runs, on a 390 px phone', () => {
  it('are on the pages that need them', () => {
    expect(pages).toEqual(expect.arrayContaining(['/guides/async-vs-sync/', '/guides/event-loop/', '/guides/blocking/', '/guides/combinators/']));
  });

  it.each(pages)('%s, light and dark: on screen, readable text, visible bars', async (url) => {
    const { page, watch } = await site().open({ viewport: { width: 390, height: 844 } });
    await page.goto(site().origin + url);
    await watch.settled();
    for (const scheme of ['light', 'dark'] as const) {
      // What Starlight's theme picker does: one load measures both themes.
      await page.evaluate((theme) => (document.documentElement.dataset['theme'] = theme), scheme);
      const measured: Measured = await page.evaluate((selector) => {
        const rgb = (color: string): number[] => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const luminance = ([r = 0, g = 0, b = 0]: number[]): number => {
          const [R, G, B] = [r, g, b].map((c) => {
            const s = c / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * (R ?? 0) + 0.7152 * (G ?? 0) + 0.0722 * (B ?? 0);
        };
        const contrast = (a: string, b: string): number => {
          const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p);
          return ((x ?? 0) + 0.05) / ((y ?? 0) + 0.05);
        };
        const background = getComputedStyle(document.body).backgroundColor;
        return {
          viewport: window.innerWidth,
          pictures: [...document.querySelectorAll<HTMLElement>(selector)].map((figure) => {
            const svg = figure.querySelector('svg') as SVGSVGElement;
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
            const bars = [...svg.querySelectorAll('.tl-bar, .bc-bar')];
            return {
              selector: figure.className,
              width: svg.getBoundingClientRect().width,
              column: figure.getBoundingClientRect().width,
              right: Math.max(figure.getBoundingClientRect().right, svg.getBoundingClientRect().right),
              smallestText: Math.min(...sizes),
              barContrast: bars.length > 0 ? Math.min(...bars.map((bar) => contrast(getComputedStyle(bar).fill, background))) : null,
            };
          }),
        };
      }, PICTURES);
      mkdirSync(dir, { recursive: true });
      const figures = page.locator(PICTURES);
      for (let i = 0; i < (await figures.count()); i++) {
        await figures.nth(i).screenshot({ path: path.join(dir, `picture-${url.replace(/\W+/g, '-')}${i}-${scheme}.png`) });
      }
      expect(measured.pictures.length).toBeGreaterThan(0);
      for (const picture of measured.pictures) {
        expect(picture.width, picture.selector).toBeLessThanOrEqual(picture.column + 0.5);
        expect(picture.right, picture.selector).toBeLessThanOrEqual(measured.viewport);
        expect(picture.smallestText, picture.selector).toBeGreaterThanOrEqual(12);
        if (picture.barContrast !== null) expect(picture.barContrast, `${picture.selector}, ${scheme}`).toBeGreaterThanOrEqual(3);
      }
    }
    expect(problemsOf(watch)).toEqual(NO_PROBLEMS);
    await page.close();
  });
});
