// What each sample's copy button holds, on every built page: exactly its region of the example
// file (or the whole file). The browser suite clicks the buttons on one page of each kind.
import { describe, expect, it } from 'vitest';
import { builtSite } from '../../src/built-site/dist.ts';
import { catalogue } from '../../src/catalogue/catalogue.ts';

const examples = catalogue();
const site = builtSite(examples.root);
const pages = site.pages.filter((url) => site.document(url).querySelector('figure.sample[data-example]') !== null);

describe('copy buttons hold their sample', () => {
  it('pages show samples', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)('%s', (page) => {
    const html = site.document(page);
    for (const figure of html.querySelectorAll('figure.sample[data-example]')) {
      const dataExample = figure.getAttribute('data-example') ?? '';
      const [file = '', region] = dataExample.split('#');
      // Expressive Code keeps newlines as U+007F in the attribute and drops the block's last one.
      const held = (figure.querySelector('.copy button')?.getAttribute('data-code') ?? '').replaceAll('\u007f', '\n');
      expect(held, `${page}: ${dataExample}`).toBe(examples.excerpt(file, region).code.replace(/\n$/, ''));
      // "Copy whole file": its own text, or the text held by the file's first sample on the page.
      const button = figure.querySelector('.sample-copy-file');
      if (button) {
        const holderId = button.getAttribute('data-code-in');
        const holder = holderId ? html.getElementById(holderId)?.querySelector('.sample-copy-file') : button;
        expect(holder?.getAttribute('data-code'), `${page}: whole file of ${dataExample}`).toBe(examples.file(file).whole.code);
      }
    }
  });
});
