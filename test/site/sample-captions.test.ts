// Each sample's caption, run line and badges stand once per run of samples of one file: a sample
// right after another of the same file (only whitespace, or the page's scripts, between them)
// shows none, and every other sample shows all three (src/content-pipeline/sample-groups.ts).
import { HTMLElement, TextNode } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtSite } from '../../src/built-site/dist.ts';
import { catalogue } from '../../src/catalogue/catalogue.ts';

const examples = catalogue();
const site = builtSite(examples.root);
const pages = site.pages.filter((url) => site.document(url).querySelector('figure.sample[data-example]') !== null);

const fileOf = (figure: HTMLElement): string => (figure.getAttribute('data-example') ?? '').split('#')[0] ?? '';

/** The sample just before this one with nothing but whitespace or scripts between them. */
function sampleJustBefore(figure: HTMLElement): HTMLElement | undefined {
  const siblings = figure.parentNode?.childNodes ?? [];
  const before = siblings.slice(0, siblings.indexOf(figure)).findLast((node) => !(node instanceof TextNode ? node.text.trim() === '' : node instanceof HTMLElement && node.tagName === 'SCRIPT'));
  return before instanceof HTMLElement && before.tagName === 'FIGURE' && before.classList.contains('sample') ? before : undefined;
}

/** What a sample's caption says besides its anchor: the file, the run line, the badges. */
function furniture(figure: HTMLElement): string[] {
  const caption = figure.querySelector('figcaption.sample-meta');
  return [
    // A Deno or Bun badge links to its result on the examples page too: that is not the file's link.
    ...(caption?.querySelector('a[href^="/examples/"]:not(.runtime-reason)') ? ['file'] : []),
    ...(caption?.querySelector('.sample-run') ? ['run line'] : []),
    ...(caption?.querySelector('.runtime-badges') ? ['badges'] : []),
  ];
}

describe('sample captions', () => {
  it('some samples continue the one before them', () => {
    const continuing = pages.flatMap((page) => site.document(page).querySelectorAll('figure.sample[data-example]').filter((f) => sampleJustBefore(f) && fileOf(sampleJustBefore(f) as HTMLElement) === fileOf(f)));
    expect(continuing.length).toBeGreaterThan(20);
  });

  it.each(pages)('%s', (page) => {
    for (const figure of site.document(page).querySelectorAll('figure.sample[data-example]')) {
      // A broken file's figure (<Diagnostics>) has a caption of its own.
      if (examples.file(fileOf(figure)).kind === 'broken') continue;
      const before = sampleJustBefore(figure);
      const continues = before !== undefined && fileOf(before) === fileOf(figure);
      const shown = furniture(figure);
      const wholeProgram = figure.getAttribute('data-whole-program') !== undefined;
      expect(shown, `${page}: ${figure.getAttribute('data-example') ?? ''}`).toEqual(continues ? [] : wholeProgram ? ['run line', 'badges'] : ['file', 'run line', 'badges']);
    }
  });
});
