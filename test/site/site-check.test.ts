// Facts about the built HTML (after `npm run build`): every internal link and #anchor resolves, no
// id appears twice on a page, and every TS/JS code block on a content page comes from examples/ (or
// is an exercise's or the project's own file). A problem names the page's source line.
import { describe, expect, it } from 'vitest';
import { builtSite } from '../../src/built-site/dist.ts';
import { checkSite, pageFacts } from '../../src/built-site/site-check.ts';
import { contentFileFor, locate } from '../../src/content-pipeline/content-files.ts';

const site = builtSite();
// Every HTML file: the pages, the 404 and redirect pages.
const urls = site.files.filter((f) => f.endsWith('.html')).map((f) => f.replace(/index\.html$/, ''));

describe('the built site', () => {
  it('has pages', () => {
    expect(urls).toContain('/');
  });

  it('links and anchors resolve, ids are unique, and code blocks come from examples/', () => {
    const pages = urls.map((url) => pageFacts(url, site.document(url)));
    const problems = checkSite(pages, new Set(site.files), (url) => contentFileFor(url) !== undefined);
    expect(problems.map((p) => `${p.needle ? locate(p.url, [p.needle]) : p.url}: ${p.url} ${p.message}`)).toEqual([]);
  });
});
