// src/components/overrides/Search.astro is a fork of Starlight's own search component. When
// Starlight changes that component, the fork must take the change: this fails until it has. The
// fork's own changes that are logic (the order of a result's sections, the query's filler words)
// are tested below; their effect on real searches is in search.test.ts.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../src/components/overrides/search-query.ts';
import { rankSections } from '../../src/components/overrides/search-sections.ts';

const FORKED_FROM = { version: '0.42.4', sha256: '30d6549c54409a9e92ec9734901946d409a408635e8876b18940285f21c62062' };

it(`the search override still matches the Starlight component it was forked from (${FORKED_FROM.version})`, () => {
  const starlight = path.resolve('node_modules', '@astrojs', 'starlight');
  const upstream = path.join(starlight, 'dist', 'components', 'Search.astro');
  const { version } = JSON.parse(readFileSync(path.join(starlight, 'package.json'), 'utf8')) as { version: string };
  const sha256 = createHash('sha256').update(readFileSync(upstream)).digest('hex');
  expect(
    { version, sha256 },
    `Starlight's Search.astro changed since the fork (${FORKED_FROM.version}): compare node_modules/@astrojs/starlight/dist/components/Search.astro ` +
      'with src/components/overrides/Search.astro, port the changes, then pin the new version and hash here',
  ).toEqual(FORKED_FROM);
});

describe('the fork orders a result\'s sections (search-sections.ts)', () => {
  const section = (url: string, scores: number[]) => ({
    url,
    locations: scores.map((_, i) => i),
    weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
  });

  it('puts the best-matching section first and the page top last, whatever the page order', () => {
    const ranked = rankSections([
      section('/guides/x/#_top', [9, 9]),
      section('/guides/x/#intro', [1]),
      section('/guides/x/#thread-pool', [6, 5]),
      section('/guides/x/#limits', [3]),
    ]);
    expect(ranked.map((sub) => sub.url)).toEqual([
      '/guides/x/#thread-pool',
      '/guides/x/#limits',
      '/guides/x/#intro',
      '/guides/x/#_top',
    ]);
  });

  it('falls back to the hit count when Pagefind gives no weighted locations, keeping page order on ties', () => {
    const ranked = rankSections([
      { url: '/a/#one', locations: [1] },
      { url: '/a/#two', locations: [1, 2, 3] },
      { url: '/a/#three', locations: [4] },
    ]);
    expect(ranked.map((sub) => sub.url)).toEqual(['/a/#two', '/a/#one', '/a/#three']);
  });
});

describe('the fork drops filler words from the query (search-query.ts)', () => {
  it.each([
    ['promise vs async await', 'promise async await'],
    ['node won’t exit', 'node exit'],
    ['how do I get the value out of an async call', 'value async call'],
    ['why does nextTick starve I/O?', 'nextTick starve I/O?'],
    ['UnhandledPromiseRejection', 'UnhandledPromiseRejection'],
    ['how to', 'how to'],
  ])('%j searches for %j', (query, terms) => {
    expect(searchTerms(query)).toBe(terms);
  });
});
