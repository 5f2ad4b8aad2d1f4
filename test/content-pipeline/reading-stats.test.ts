// The reading-stats plugin on MDX pages, against the fixture tree: prose words and code lines are
// counted per `##` section (a sample's lines from the catalogue, not its tag), headings get the
// anchors Astro gives them, and the counts reach the page's frontmatter.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../src/catalogue/catalogue.ts';
import { READING_STATS_KEY, readingStatsPlugin } from '../../src/content-pipeline/reading-stats-plugin.ts';
import type { SectionStats } from '../../src/content-pipeline/reading-time.ts';

const fixture = path.join(import.meta.dirname, '..', 'fixtures', 'catalogue');
const examples = createCatalogue(fixture);
const pageUrl = pathToFileURL(path.join(fixture, 'content', 'docs', 'guides', 'page.mdx'));

function stats(mdx: string): SectionStats[] {
  // What Astro's Sätteri processor seeds each compile with.
  const data = { astro: { frontmatter: {} as Record<string, unknown>, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } };
  const result = mdxToJs(mdx, { mdastPlugins: [readingStatsPlugin(() => examples)], fileURL: pageUrl, data });
  if (result instanceof Promise) throw new Error('the compile went asynchronous');
  return data.astro.frontmatter[READING_STATS_KEY] as SectionStats[];
}

describe('reading stats of a page', () => {
  it('counts each section\'s words and code lines, samples from their region', () => {
    const page = [
      "import Example from '../markdown/Example.astro';",
      '',
      'Two words.',
      '',
      '## First `part`',
      '',
      'One two three, `four`.',
      '',
      '```ts',
      'const a = 1;',
      '',
      'const b = 2;',
      '```',
      '',
      '### Deeper',
      '',
      '<Example file="demo/good.ts" region="use" />',
      '',
      '## First part',
      '',
      '<Aside>Inside a component.</Aside>',
    ].join('\n');
    expect(stats(page)).toEqual([
      { anchor: undefined, title: '', anchors: [], words: 2, codeLines: 0 },
      // The heading's own words count; the fence's blank line does not; the sample is one line.
      { anchor: 'first-part', title: 'First part', anchors: ['first-part', 'deeper'], words: 2 + 4 + 1, codeLines: 2 + 1 },
      // A repeated heading gets github-slugger's suffix, as Astro's heading ids do.
      { anchor: 'first-part-1', title: 'First part', anchors: ['first-part-1'], words: 2 + 3, codeLines: 0 },
    ]);
  });

  it("counts a pair's TypeScript side only: its Python twin is the other tab of the same lesson", () => {
    const pair = '<Pair>\n<Example file="demo/good.ts" region="use" />\n<Example file="demo/good.ts" region="use" slot="python" />\n</Pair>\n';
    expect(stats(`## Pair\n\n${pair}`).map((s) => s.codeLines)).toEqual([1]);
  });

  it("counts a build track file's lines, its region's or the whole file's", () => {
    const page = '## Code\n\n<CapstoneCode file="steps/3-deadlines/solution/quotes.ts" region="deadline" />\n\n<CapstoneCode file="service/main.ts" />\n';
    expect(stats(page).map((s) => s.codeLines)).toEqual([1 + 1]);
  });

  it('has no leading section when the page starts with a heading', () => {
    expect(stats('## Only\n\nText.\n').map((s) => s.anchor)).toEqual(['only']);
  });

  it('fails when it runs outside Astro, with no frontmatter to write to', () => {
    expect(() => mdxToJs('Text.\n', { mdastPlugins: [readingStatsPlugin(() => examples)], fileURL: pageUrl })).toThrow('no ctx.data.astro.frontmatter');
  });
});
