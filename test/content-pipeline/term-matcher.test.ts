import { describe, expect, it } from 'vitest';
import { termMatcher, type TermForms } from '../../src/content-pipeline/term-matcher.ts';

const terms: TermForms[] = [
  { anchor: 'tick', uses: ['tick', 'ticks'] },
  { anchor: 'libuv-pool', uses: ['libuv pool', "libuv's thread pool", 'libuv thread pool'] },
  { anchor: 'high-water-mark', uses: ['high-water mark', 'high-water marks'] },
  { anchor: 'signal', uses: [] },
];
const findUses = termMatcher(terms);
const all = new Set(terms.map((t) => t.anchor));
const uses = (text: string, wanted: ReadonlySet<string> = all): string[] => findUses(text, wanted).map((u) => `${text.slice(u.start, u.end)}@${u.start}:${u.anchor}`);

describe('term matcher', () => {
  it('finds the first use of each term, in text order', () => {
    expect(uses('Count the ticks; each tick is a turn. The libuv pool is shared.')).toEqual(['ticks@10:tick', 'libuv pool@42:libuv-pool']);
  });

  it('matches whole words only', () => {
    expect(uses('process.nextTick and a ticking clock, a ticks-per-second rate')).toEqual([]);
    expect(uses('tick.')).toEqual(['tick@0:tick']);
  });

  it('ignores case, spaces and line breaks inside a form, and the kind of apostrophe', () => {
    expect(uses('Ticks, then libuv’s\n  thread pool')).toEqual(['Ticks@0:tick', 'libuv’s\n  thread pool@12:libuv-pool']);
    expect(uses('small High-Water Marks')).toEqual(['High-Water Marks@6:high-water-mark']);
  });

  it('prefers the longest form at a place', () => {
    const matcher = termMatcher([
      { anchor: 'a', uses: ['hot'] },
      { anchor: 'b', uses: ['hot and cold'] },
    ]);
    expect(matcher('hot and cold calls', new Set(['a', 'b']))).toEqual([{ anchor: 'b', start: 0, end: 12 }]);
  });

  it('finds only the terms still wanted, and nothing for a term with no forms', () => {
    expect(uses('a tick on the libuv pool', new Set(['libuv-pool']))).toEqual(['libuv pool@14:libuv-pool']);
    expect(uses('a signal', new Set(['signal']))).toEqual([]);
    expect(termMatcher([])('anything', new Set())).toEqual([]);
  });

  it('treats regular-expression characters in a form literally', () => {
    expect(termMatcher([{ anchor: 'x', uses: ['a.b (c)'] }])('see a.b (c) and aXb (c)', new Set(['x']))).toEqual([{ anchor: 'x', start: 4, end: 11 }]);
  });
});
