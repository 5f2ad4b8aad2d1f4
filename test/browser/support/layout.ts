// Layout measurements taken in the page: what makes it scroll sideways, layout shift, contrast of
// text from computed colours.
import type { Page } from 'playwright-core';

/**
 * For each theme (Starlight's `data-theme`, set in turn, in one round trip), whether the page
 * scrolls sideways: nothing when it does not, else the width it scrolls to and the outermost
 * elements that stick out past the viewport without a scroll box of their own to hold them.
 */
export async function sidewaysOverflow(page: Page, themes: string[]): Promise<string[]> {
  return page.evaluate((themes) => themes.flatMap((theme) => {
    document.documentElement.dataset['theme'] = theme;
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const edge = root.clientWidth + 1;
    const held = (el: Element): boolean => {
      for (let a = el.parentElement; a && a !== document.body && a !== root; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > edge && !held(el))
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= edge)
      .slice(0, 3)
      .map((el) => `<${el.tagName.toLowerCase()} class="${String(el.getAttribute('class') ?? '')}"> "${(el.textContent ?? '').trim().slice(0, 40)}"`);
    return [`${theme}: scrolls to ${root.scrollWidth} px: ${culprits.join('; ') || 'no single element'}`];
  }), themes);
}

/**
 * Every visible piece of text (marks such as ✓ and ✗ included) whose contrast with what is behind it
 * is under WCAG AA: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold). Colours are the computed
 * ones, with transparent and translucent backgrounds composited up the tree to the page's own; text
 * over an image or a gradient, and SVG text, is not judged here. One line per failure.
 */
export async function contrastFailures(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type RGBA = [number, number, number, number];
    const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    // Any CSS colour (rgb(), color(srgb …), oklch(), a named colour) to sRGB bytes, via a canvas.
    const parse = (css: string): RGBA | undefined => {
      if (!probe) return undefined;
      probe.clearRect(0, 0, 1, 1);
      probe.fillStyle = '#000';
      probe.fillStyle = css;
      probe.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0, a = 0] = probe.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const over = (top: RGBA, bottom: RGBA): RGBA => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const luminance = ([r, g, b]: RGBA) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const canvas = parse(getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255, 1];
    const pageColour: RGBA = canvas[3] === 1 ? canvas : over(canvas, parse(getComputedStyle(document.documentElement).backgroundColor) ?? [255, 255, 255, 1]);
    /** The colour behind an element, or undefined when an image or gradient is behind it. */
    const behind = (el: Element): RGBA | undefined => {
      const layers: RGBA[] = [];
      for (let a: Element | null = el; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.backgroundImage !== 'none') return undefined;
        const colour = parse(style.backgroundColor);
        if (colour && colour[3] > 0) {
          layers.push(colour);
          if (colour[3] === 1) break;
        }
      }
      return layers.reduceRight<RGBA>((below, layer) => over(layer, below), pageColour);
    };
    const failures: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || !node.textContent?.trim()) continue;
      seen.add(el);
      if (el.closest('svg, script, style, noscript, [hidden], [inert], dialog:not([open])')) continue;
      const box = el.getBoundingClientRect();
      // Not drawn, or drawn as screen-reader text only (1 px, clipped).
      if (box.width <= 1 || box.height <= 1 || el.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) === false) continue;
      const style = getComputedStyle(el);
      let opacity = 1;
      for (let a: Element | null = el; a; a = a.parentElement) opacity *= Number(getComputedStyle(a).opacity);
      const fg = parse(style.color);
      const bg = behind(el);
      if (!fg || !bg) continue;
      const text = over([fg[0], fg[1], fg[2], fg[3] * opacity], bg);
      const [light, dark] = [luminance(text), luminance(bg)].sort((x, y) => y - x) as [number, number];
      const ratio = (light + 0.05) / (dark + 0.05);
      const size = Number.parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      if (ratio < needed) {
        failures.push(`${ratio.toFixed(2)}:1 < ${needed}:1 "${node.textContent.trim().slice(0, 30)}" <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${style.color} on rgb(${bg.slice(0, 3).map(Math.round).join(' ')})`);
      }
    }
    return failures;
  });
}

/** Starts recording layout shifts in every document the page loads (call before goto). */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { __layoutShifts: number[] }).__layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The cumulative layout shift recorded so far in the current document (every shift summed: an upper bound of CLS). */
export async function cumulativeLayoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __layoutShifts: number[] }).__layoutShifts.reduce((a, b) => a + b, 0));
}
