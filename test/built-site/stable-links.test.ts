import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkStableLinks, followRedirects, formatStableLinks, linkedSite, publishedAnchors, snapshotLinks, splitLink, type LinkedSite } from '../../src/built-site/stable-links.ts';

function site(pages: Record<string, string[]>, redirects: Record<string, string> = {}): LinkedSite {
  return {
    pages: new Map(Object.entries(pages).map(([url, ids]) => [url, new Set(ids)])),
    redirects: new Map(Object.entries(redirects)),
  };
}

describe('splitLink', () => {
  it('separates page and anchor and normalises the trailing slash', () => {
    expect(splitLink('/a/b/#c')).toEqual({ page: '/a/b/', anchor: 'c' });
    expect(splitLink('/a/b')).toEqual({ page: '/a/b/', anchor: '' });
  });
});

describe('checkStableLinks', () => {
  const built = site({ '/guides/a/': ['intro', 'limits'], '/guides/b/': ['moved-here'] }, { '/guides/old/': '/guides/b/' });

  it('accepts links that still resolve', () => {
    expect(checkStableLinks([{ url: '/guides/a/' }, { url: '/guides/a/#intro' }], built)).toEqual([]);
  });

  it('names the URL and anchor that disappeared', () => {
    const [problem] = checkStableLinks([{ url: '/guides/a/#gone' }], built);
    expect(problem).toMatch(/^\/guides\/a\/#gone: the published anchor #gone on \/guides\/a\/ is gone/);
    expect(problem).toContain('movedTo');
  });

  it('names a page that disappeared and asks for a redirect', () => {
    const [problem] = checkStableLinks([{ url: '/guides/c/' }], built);
    expect(problem).toMatch(/^\/guides\/c\/: the published page \/guides\/c\/ is gone/);
    expect(problem).toContain('redirect');
  });

  it('accepts a moved anchor when the new anchor exists', () => {
    expect(checkStableLinks([{ url: '/guides/a/#old', movedTo: '/guides/a/#limits' }], built)).toEqual([]);
  });

  it('rejects a move whose target does not exist', () => {
    expect(checkStableLinks([{ url: '/guides/a/#old', movedTo: '/guides/a/#nope' }], built)).toEqual([
      '/guides/a/#old: recorded as moved to /guides/a/#nope, but anchor #nope does not exist on /guides/a/.',
    ]);
  });

  it('accepts a moved page only when the old URL redirects to the new one', () => {
    expect(checkStableLinks([{ url: '/guides/old/#x', movedTo: '/guides/b/#moved-here' }], built)).toEqual([]);
    const [problem] = checkStableLinks([{ url: '/guides/gone/', movedTo: '/guides/b/' }], built);
    expect(problem).toContain("does not redirect; add `'/guides/gone/': '/guides/b/'` to `redirects`");
    const [wrong] = checkStableLinks([{ url: '/guides/old/', movedTo: '/guides/a/' }], built);
    expect(wrong).toContain('redirects to /guides/b/');
  });

  it('follows redirect chains and stops on loops', () => {
    expect(followRedirects('/x/', new Map([['/x/', '/y/'], ['/y/', '/z/#k']]))).toBe('/z/');
    expect(followRedirects('/x/', new Map([['/x/', '/y/'], ['/y/', '/x/']]))).toBeUndefined();
  });
});

describe('snapshotLinks', () => {
  it('adds new pages and anchors, keeps every listed link (moved or gone), and sorts', () => {
    const existing = [{ url: '/guides/a/#gone' }, { url: '/guides/a/#old', movedTo: '/guides/a/#limits' }];
    const next = snapshotLinks(existing, site({ '/guides/a/': ['limits'], '/': [] }));
    expect(next).toEqual([
      { url: '/' },
      { url: '/guides/a/' },
      { url: '/guides/a/#gone' },
      { url: '/guides/a/#limits' },
      { url: '/guides/a/#old', movedTo: '/guides/a/#limits' },
    ]);
  });
});

describe('publishedAnchors', () => {
  const html = parse('<main><h2 id="intro">Intro</h2><h3 id="_top">x</h3><figure id="sample-demo"></figure><p id="para"></p></main><h2 id="footer">f</h2>');

  it('are the content headings and sample anchors of a page', () => {
    expect(publishedAnchors('/guides/a/', html)).toEqual(new Set(['intro', 'sample-demo']));
  });

  it('are none on a generated API page', () => {
    expect(publishedAnchors('/reference/api/semaphore/', html)).toEqual(new Set());
  });

  it('make the linked site with the redirects', () => {
    const redirects = new Map([['/old/', '/guides/a/']]);
    const site = linkedSite({ pages: ['/guides/a/'], redirects, document: () => html });
    expect(site).toEqual({ pages: new Map([['/guides/a/', new Set(['intro', 'sample-demo'])]]), redirects });
  });
});

describe('formatStableLinks', () => {
  it('writes one link a line', () => {
    expect(formatStableLinks([{ url: '/a/' }, { url: '/b/#x', movedTo: '/c/#x' }])).toBe('{\n  "links": [\n    {"url":"/a/"},\n    {"url":"/b/#x","movedTo":"/c/#x"}\n  ]\n}\n');
  });
});
