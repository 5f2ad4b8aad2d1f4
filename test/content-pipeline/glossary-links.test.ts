// The glossary plugin on MDX pages, against fixture glossaries: a page's first prose use of each
// term links to the term's anchor, headings, code, links and JSX attributes are left alone, a
// hand-written link to a term wins, and a glossary whose terms name a heading it lacks fails the
// build with the glossary's file and line.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { glossaryLinksPlugin } from '../../src/content-pipeline/glossary-links-plugin.ts';
import { loadGlossary } from '../../src/content-pipeline/glossary.ts';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'glossary');
const good = path.join(fixtures, 'good');
const glossary = loadGlossary(good);

function compile(mdx: string, page = 'content/docs/guides/page.mdx', root = good): string {
  const result = mdxToJs(mdx, {
    mdastPlugins: [glossaryLinksPlugin(root, () => (root === good ? glossary : loadGlossary(root)))],
    fileURL: pathToFileURL(path.join(root, page)),
  });
  if (result instanceof Promise) throw new Error('the compile went asynchronous');
  return result.code;
}

/** The glossary links of a compiled page, as "text → anchor", in order. */
function links(js: string): string[] {
  return [...js.matchAll(/href: "\/reference\/glossary\/#([^"]+)",\s*children: "([^"]*)"/g)].map(([, anchor, text]) => `${text} → ${anchor ?? ''}`);
}

describe('glossary links on a page', () => {
  it('links the first prose use of each term, and only the first', () => {
    const js = compile('Each microtask runs, and the promise settles.\n\nMore microtasks, and it settled.\n');
    expect(links(js)).toEqual(['microtask → microtask', 'settles → settle']);
  });

  it('skips headings, code, fences, links and JSX attributes, and links the next use in prose', () => {
    const mdx = [
      '## Microtask order',
      '',
      'The `microtask` queue, and [microtask queues](/guides/event-loop/).',
      '',
      '```ts',
      '// a microtask',
      '```',
      '',
      '<Aside title="microtask">Then a microtask in a component.</Aside>',
      '',
    ].join('\n');
    const js = compile(mdx);
    expect(links(js)).toEqual(['microtask → microtask']);
    expect(js).toContain('"Then a "');
    expect(js).toContain('title: "microtask"');
    expect(js).toContain('"Microtask order"');
  });

  it('matches across a line break and a typographic apostrophe, and keeps the page’s spelling', () => {
    // Astro's pipeline turns ' into ’ before the plugins run; the glossary lists the form with '.
    expect(links(compile('Work goes to libuv’s\nthread pool. Microtasks first.\n'))).toEqual([String.raw`libuv’s\nthread pool → libuv-pool`, 'Microtasks → microtask']);
  });

  it('leaves a term alone when the page links it by hand, before or after', () => {
    expect(links(compile('A promise settles, then it [settles](/reference/glossary/#settle).\n'))).toEqual(['settles → settle']);
    expect(compile('A promise settles, then it [settles](/reference/glossary/#settle).\n')).toContain('"A promise settles, then it "');
  });

  it('links no term of the glossary page itself, and none outside content/docs', () => {
    expect(links(compile('A microtask.\n', 'content/docs/reference/glossary.mdx'))).toEqual([]);
    expect(links(compile('A microtask.\n', 'src/content/docs/reference/api/index.md'))).toEqual([]);
  });

  it('fails with the glossary file and line when a term names a heading the page lacks', () => {
    let message = '';
    try {
      compile('A microtask.\n', 'content/docs/guides/page.mdx', path.join(fixtures, 'missing-anchor'));
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toContain(
      'content/docs/reference/glossary.mdx:5: terms lists "Settled promise", but the page has no "## Settled promise" heading, so #settled-promise does not exist; name the entry exactly as its heading (the headings are: Microtask, Settle)',
    );
    expect(message).toContain('content/docs/reference/glossary.mdx:12: "## Settle" has no entry in the frontmatter\'s terms');
  });
});
