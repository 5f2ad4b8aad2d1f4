// The built-site module on a small dist/ made here: its files, pages, redirect pages, the kinds of
// page, parsing once, and the refusal when there is no build.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtSite, DIST_MISSING, fileOfUrl, readBuiltSite } from '../../src/built-site/dist.ts';

const root = mkdtempSync(path.join(tmpdir(), 'awaited-dist-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, 'dist', file)), { recursive: true });
  writeFileSync(path.join(root, 'dist', file), text);
}

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body><main>${body}</main></body></html>`;
write('index.html', page('<h1>Home</h1>'));
write('404.html', page('<h1>Not found</h1>'));
write('guides/b-guide/index.html', page('<figure class="sample not-content"><pre>b</pre></figure>'));
write('guides/async-vs-sync/index.html', page('<pre data-language="ts"><span class="line">x</span></pre>'));
write('old/index.html', '<!doctype html><meta http-equiv="refresh" content="0;url=/guides/b-guide/">');
write('pagefind/index.html', page(''));
write('favicon.svg', '<svg/>');

describe('the built site', () => {
  const site = builtSite(root);

  it('lists every file as a URL path, sorted', () => {
    expect(site.files).toEqual([
      '/404.html',
      '/favicon.svg',
      '/guides/async-vs-sync/index.html',
      '/guides/b-guide/index.html',
      '/index.html',
      '/old/index.html',
      '/pagefind/index.html',
    ]);
  });

  it('lists pages by URL, without redirect pages and Pagefind', () => {
    expect(site.pages).toEqual(['/', '/guides/async-vs-sync/', '/guides/b-guide/']);
  });

  it('reads redirect pages into old URL → target', () => {
    expect(site.redirects).toEqual(new Map([['/old/', '/guides/b-guide/']]));
  });

  it('gives the kinds of page', () => {
    expect(site.guidePages()).toEqual(['/guides/async-vs-sync/', '/guides/b-guide/']);
    expect(site.pagesWithSamples()).toEqual(['/guides/b-guide/']);
    expect(site.showcasePage()).toBe('/guides/async-vs-sync/');
  });

  it('parses a page once, with <pre> content as elements', () => {
    const document = site.document('/guides/async-vs-sync/');
    expect(site.document('/guides/async-vs-sync/')).toBe(document);
    expect(document.querySelectorAll('pre .line').map((l) => l.text)).toEqual(['x']);
    expect(site.document('/404.html').querySelector('h1')?.text).toBe('Not found');
  });

  it('is read once per process, and afresh on request', () => {
    expect(builtSite(root)).toBe(site);
    write('guides/c-guide/index.html', page(''));
    expect(builtSite(root).pages).not.toContain('/guides/c-guide/');
    expect(readBuiltSite(root).pages).toContain('/guides/c-guide/');
  });
});

describe('fileOfUrl', () => {
  it('serves a page from its index.html and a file as itself', () => {
    expect(fileOfUrl('/')).toBe('index.html');
    expect(fileOfUrl('/guides/x/')).toBe('guides/x/index.html');
    expect(fileOfUrl('/404.html')).toBe('404.html');
  });
});

describe('without a build', () => {
  it('says what to run', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'awaited-no-dist-'));
    try {
      expect(() => builtSite(empty)).toThrow(DIST_MISSING);
      expect(DIST_MISSING).toBe('dist/ is missing: run `npm run build` first (npm test does)');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
