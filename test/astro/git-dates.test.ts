import { describe, expect, it } from 'vitest';
import { newestCommitDates, newestUnder } from '../../src/astro/git-dates.ts';

const log = ['t:300', '', 'content/docs/guides/a.mdx', 'examples/a/x.ts', 't:200', '', 'examples/a/y.ts', 'content/docs/guides/a.mdx', 't:100', 'examples/b/z.ts', ''].join('\n');

describe('newestCommitDates', () => {
  it('keeps the newest commit of each file (the log is newest first)', () => {
    const dates = newestCommitDates(log);
    expect(dates.get('content/docs/guides/a.mdx')).toBe(300_000);
    expect(dates.get('examples/a/y.ts')).toBe(200_000);
    expect(dates.get('examples/b/z.ts')).toBe(100_000);
    expect(dates.size).toBe(4);
  });
  it('ignores names before the first date line', () => {
    expect(newestCommitDates('stray.txt\nt:5\nf.ts\n').get('stray.txt')).toBeUndefined();
  });
});

describe('newestUnder', () => {
  const dates = newestCommitDates(log);
  it('takes the newest file of a folder', () => {
    expect(newestUnder(dates, 'examples/a/')?.getTime()).toBe(300_000);
  });
  it('matches a file exactly, not by prefix', () => {
    expect(newestUnder(dates, 'examples/a/x')).toBeUndefined();
    expect(newestUnder(dates, 'examples/b/z.ts')?.getTime()).toBe(100_000);
  });
  it('is undefined for a path git has never seen', () => {
    expect(newestUnder(dates, 'examples/c/')).toBeUndefined();
  });
});
