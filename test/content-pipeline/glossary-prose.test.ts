// Glossary links in text a component writes: each term's first use on the page links, code never does.
import { describe, expect, it } from 'vitest';
import { linkFirstUses } from '../../src/content-pipeline/glossary-prose.ts';
import { termMatcher } from '../../src/content-pipeline/term-matcher.ts';

const findUses = termMatcher([
  { anchor: 'microtask', uses: ['microtask', 'microtasks'] },
  { anchor: 'nexttick', uses: ['nextTick', 'nextTicks'] },
]);
const anchors = () => new Set(['microtask', 'nexttick']);

describe('glossary links in component text', () => {
  it('links the first use of each term, across the texts of a page, and leaves code alone', () => {
    const pending = anchors();
    const first = linkFirstUses([{ text: 'Run ', code: false }, { text: 'nextTick', code: true }, { text: ' before microtasks, then nextTicks.', code: false }], findUses, '/g/', pending);
    expect(first).toEqual([
      { text: 'Run ', code: false },
      { text: 'nextTick', code: true },
      { text: ' before ', code: false },
      { text: 'microtasks', code: false, href: '/g/#microtask' },
      { text: ', then ', code: false },
      { text: 'nextTicks', code: false, href: '/g/#nexttick' },
      { text: '.', code: false },
    ]);
    expect(pending.size).toBe(0);
    expect(linkFirstUses([{ text: 'A microtask again.', code: false }], findUses, '/g/', pending)).toEqual([{ text: 'A microtask again.', code: false }]);
  });

  it('keeps an empty part, as codeSpans gives one around a leading code span', () => {
    expect(linkFirstUses([{ text: '', code: false }, { text: 'x', code: true }], findUses, '/g/', anchors())).toEqual([{ text: '', code: false }, { text: 'x', code: true }]);
  });
});
