import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkSite, internalTarget, pageFacts, pageKey, type BuiltPage } from '../../src/built-site/site-check.ts';

const page = (url: string, ids: string[], links: string[], looseCodeBlocks: string[] = []): BuiltPage => ({
  url,
  ids,
  links,
  looseCodeBlocks,
});

describe('internalTarget', () => {
  it('resolves relative and root links, and ignores other sites', () => {
    expect(internalTarget('../b/#x', '/guides/a/')).toEqual({ path: '/guides/b/', hash: 'x' });
    expect(internalTarget('#top', '/a/')).toEqual({ path: '/a/', hash: 'top' });
    expect(internalTarget('https://nodejs.org/api/', '/a/')).toBeUndefined();
    expect(internalTarget('mailto:x@y', '/a/')).toBeUndefined();
  });

  it('normalises page paths', () => {
    expect(pageKey('/a/index.html')).toBe('/a/');
    expect(pageKey('/a')).toBe('/a/');
    expect(pageKey('/404.html')).toBe('/404/');
  });
});

describe('checkSite', () => {
  const pages = [page('/', ['top'], ['/guides/a/#intro', '/guides/a/#gone', '/guides/missing/', '/_astro/x.css']), page('/guides/a/', ['intro'], ['../../#top'], ['ts', 'sh'])];

  it('reports missing pages, anchors and files, and loose TS blocks on guide pages', () => {
    const problems = checkSite(pages, new Set(['/_astro/y.css']), (url) => url.startsWith('/guides/'));
    expect(problems.map((p) => `${p.url} ${p.message}`)).toEqual([
      '/ links to missing anchor #gone on /guides/a/ (/guides/a/#gone)',
      '/ links to missing page /guides/missing/',
      '/ links to missing file /_astro/x.css',
      '/guides/a/ has a ts code block that is not an <Example> from examples/',
    ]);
  });

  it('passes a consistent site', () => {
    expect(checkSite([page('/', ['x'], ['#x', '/'])], new Set(), () => true)).toEqual([]);
  });
});

describe('checkSite on duplicate ids', () => {
  it('reports an id that appears twice on one page, and only once per id', () => {
    const problems = checkSite([page('/guides/a/', ['sample-demo', 'intro', 'sample-demo', 'sample-demo'], [])], new Set(), () => true);
    expect(problems).toEqual([{ url: '/guides/a/', message: 'has 3 elements with id="sample-demo": ids must be unique on a page' }]);
  });
});

describe('pageFacts', () => {
  it('takes ids, links, and the languages of code blocks in main that no sample, exercise, project file or capstone file holds', () => {
    const html = parse(
      `<body id="top"><nav><pre data-language="ts">nav</pre></nav><main><a href="/x/#y">x</a>
        <figure data-example="a/b.ts"><pre data-language="ts">sample</pre></figure>
        <section data-exercise="01-x"><pre data-language="ts">exercise</pre></section>
        <figure data-project-file="tsconfig.json"><pre data-language="json">project</pre></figure>
        <figure data-capstone="steps/3-deadlines/solution/deadline.ts"><pre data-language="ts">capstone</pre></figure>
        <pre data-language="js">loose</pre><pre data-language="sh">shell</pre></main></body>`,
      { blockTextElements: { script: true, style: true } },
    );
    expect(pageFacts('/guides/a/', html)).toEqual({ url: '/guides/a/', ids: ['top'], links: ['/x/#y'], looseCodeBlocks: ['js', 'sh'] });
  });
});
