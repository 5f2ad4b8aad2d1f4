// What each sample's copy buttons copy, on every built page: Expressive Code's button copies its
// block's lines (src/astro/ec-copy-from-lines.ts), which are exactly its region of the example file
// (or the whole file), and, for a fragment, says it copies a fragment; "Copy whole file" comes
// before it and holds the file as tested. The browser suite clicks the buttons on one page of each kind.
import { describe, expect, it } from 'vitest';
import { codeOfLines } from '../../src/astro/ec-copy-from-lines.ts';
import { FRAGMENT_COPY } from '../../src/astro/ec-fragment-copy.ts';
import { builtSite } from '../../src/built-site/dist.ts';
import { catalogue } from '../../src/catalogue/catalogue.ts';
import { capstoneExcerpt } from '../../src/capstone/capstone-regions.ts';

const examples = catalogue();
const site = builtSite(examples.root);
const pages = site.pages.filter((url) => site.document(url).querySelector('figure.sample[data-example]') !== null);

describe('copy buttons hold their sample', () => {
  it('pages show samples', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it('fragments are labelled as such on the built pages', () => {
    const labels = pages.flatMap((page) => site.document(page).querySelectorAll('figure.sample .copy button').map((b) => b.getAttribute('title')));
    expect(labels.filter((l) => l === FRAGMENT_COPY.tooltip).length).toBeGreaterThan(50);
  });

  it.each(pages)('%s', (page) => {
    const html = site.document(page);
    for (const figure of html.querySelectorAll('figure.sample[data-example]')) {
      const dataExample = figure.getAttribute('data-example') ?? '';
      const [file = '', region] = dataExample.split('#');
      const copy = figure.querySelector('.copy button');
      // The button holds no text of its own: a click copies the block's lines (the block drops the file's last newline).
      expect(copy?.getAttribute('data-code'), `${page}: ${dataExample}'s copy button holds its text a second time`).toBeUndefined();
      const held = codeOfLines(figure.querySelectorAll('pre > code > .ec-line').map((line) => line.text));
      const excerpt = examples.excerpt(file, region).code;
      expect(held, `${page}: ${dataExample}`).toBe(excerpt.replace(/\n$/, ''));
      const fragment = excerpt !== examples.file(file).whole.code && !examples.isWholeProgram(file, region);
      expect([copy?.getAttribute('title'), copy?.getAttribute('data-copied')], `${page}: ${dataExample}'s copy button`).toEqual(
        fragment ? [FRAGMENT_COPY.tooltip, FRAGMENT_COPY.copied] : ['Copy to clipboard', 'Copied!'],
      );
      // "Copy whole file": first in order, and its text is held by this sample or the file's first on the page.
      const button = figure.querySelector('.sample-copy-file');
      if (fragment) expect(button, `${page}: ${dataExample} is a fragment without "Copy whole file"`).not.toBeNull();
      if (button) {
        const buttons = figure.querySelectorAll('button');
        expect(buttons.indexOf(button), `${page}: "Copy whole file" of ${dataExample} comes first`).toBe(0);
        const holderId = button.getAttribute('data-code-in');
        const holder = holderId ? html.getElementById(holderId) : figure;
        expect(holder?.querySelector('.sample-file')?.getAttribute('data-code'), `${page}: whole file of ${dataExample}`).toBe(examples.file(file).whole.code);
      }
    }
  });
});

describe("copy buttons hold the build track's code", () => {
  const shown = site.pages.flatMap((page) => site.document(page).querySelectorAll('figure.capstone-code[data-capstone]').map((figure) => ({ page, figure })));

  it('the /build/ pages show capstone files', () => {
    expect(shown.filter(({ page }) => page.startsWith('/build/')).length).toBeGreaterThan(5);
  });

  it('each holds its region of the capstone file, and a fragment says so', () => {
    for (const { page, figure } of shown) {
      const [file = '', region] = (figure.getAttribute('data-capstone') ?? '').split('#');
      const excerpt = capstoneExcerpt(examples.root, { file, region });
      const copy = figure.querySelector('.copy button');
      expect(copy?.getAttribute('data-code'), `${page}: capstone/${file}'s copy button holds its text a second time`).toBeUndefined();
      const held = codeOfLines(figure.querySelectorAll('pre > code > .ec-line').map((line) => line.text));
      expect(held, `${page}: capstone/${file}`).toBe(excerpt.excerpt.code.replace(/\n$/, ''));
      expect(copy?.getAttribute('title'), `${page}: capstone/${file}'s copy button`).toBe(excerpt.wholeFile ? 'Copy to clipboard' : FRAGMENT_COPY.tooltip);
    }
  });
});
