// Whether code fits its box: the lines of code samples (Expressive Code's `.ec-line`) and of output
// boxes (`.sample-output pre`, one line per newline) whose text runs past the visible edge of the
// box that holds it, so a reader must scroll sideways to see it (or cannot see it at all).
import type { Page } from 'playwright-core';

export interface CodeFit {
  /** Lines measured (visible once hidden tab panels and closed details are shown). */
  lines: number;
  /** The cut ones, each as "<box> line N: text…" for the failure message. */
  cut: string[];
  /** Boxes (`pre`) that still scroll sideways. */
  scrolling: string[];
  /** Indented code lines whose indentation is not as wide as its characters (a wrapped line's text would not start under it). */
  misindented: string[];
}

/** The share of cut lines, 0 when there is no line. */
export function cutShare(fit: CodeFit): number {
  return fit.lines === 0 ? 0 : fit.cut.length / fit.lines;
}

/**
 * Measures every code and output line of the page as the reader would see it at this viewport, with
 * the Python twins (inactive tab panels) and closed <details> shown so they are measured too.
 */
export async function codeFit(page: Page): Promise<CodeFit> {
  return page.evaluate(() => {
    for (const panel of document.querySelectorAll<HTMLElement>('[role="tabpanel"][hidden]')) panel.hidden = false;
    for (const details of document.querySelectorAll('details')) details.open = true;
    // 1 px of tolerance for subpixel text widths.
    const SLACK = 1;
    const label = (pre: Element) => pre.closest('figure')?.querySelector('.title')?.textContent?.trim()
      ?? pre.getAttribute('aria-label') ?? pre.className;
    const shown = (el: Element) => el.getClientRects().length > 0;
    // The visible part of a box: its padding box (clientWidth excludes borders and scrollbar).
    const edges = (box: Element) => {
      const r = box.getBoundingClientRect();
      const left = r.left + box.clientLeft;
      return { left, right: left + box.clientWidth };
    };
    const past = (range: Range, box: { left: number; right: number }) => {
      const r = range.getBoundingClientRect();
      return r.width > 0 && (r.right > box.right + SLACK || r.left < box.left - SLACK);
    };
    let lines = 0;
    const cut: string[] = [];
    const scrolling: string[] = [];
    const pres = [...document.querySelectorAll('.expressive-code pre, .sample-output pre')].filter(shown);
    for (const pre of pres) {
      if (pre.scrollWidth > pre.clientWidth + SLACK) scrolling.push(label(pre));
      const box = edges(pre);
      const range = document.createRange();
      if (pre.closest('.expressive-code')) {
        [...pre.querySelectorAll('.ec-line')].forEach((line, i) => {
          lines++;
          range.selectNodeContents(line.querySelector('.code') ?? line);
          if (past(range, box)) cut.push(`${label(pre)} line ${i + 1}: ${(line.textContent ?? '').trim().slice(0, 50)}`);
        });
        continue;
      }
      // An output box: a plain text node; each line is a range of it.
      const text = pre.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) continue;
      const value = text.textContent ?? '';
      let start = 0;
      value.split('\n').forEach((content, i) => {
        const end = start + content.length;
        if (content.length > 0) {
          lines++;
          range.setStart(text, start);
          range.setEnd(text, end);
          if (past(range, box)) cut.push(`${label(pre)} line ${i + 1}: ${content.trim().slice(0, 50)}`);
        }
        start = end + 1;
      });
    }
    // A code line's indentation is as many character widths as it has spaces (EC's `span.indent`).
    const indents = [...document.querySelectorAll<HTMLElement>('.expressive-code .ec-line .indent')].filter(shown);
    const perChar = indents.map((el) => el.getBoundingClientRect().width / (el.textContent ?? '').length).sort((a, b) => a - b);
    const ch = perChar[Math.floor(perChar.length / 2)] ?? 0;
    const misindented = indents
      .filter((el) => Math.abs(el.getBoundingClientRect().width - ch * (el.textContent ?? '').length) > SLACK)
      .map((el) => `${label(el.closest('pre') ?? el)}: ${(el.closest('.ec-line')?.textContent ?? '').trim().slice(0, 50)}`);
    return { lines, cut, scrolling, misindented };
  });
}
