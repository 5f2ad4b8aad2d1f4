// Version claims in the prose that the runs can settle: each names the sentence on its page and
// the probe whose record proves it, so a page cannot keep a version the records no longer show.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/catalogue.ts';

const examples = catalogue();
const page = (file: string): string => readFileSync(path.join(examples.root, 'content', 'docs', file), 'utf8').replace(/\s+/g, ' ');
const minimums = (id: string): Record<string, string | null> => examples.record(id).releases?.minimums ?? {};
const results = (id: string) => Object.entries(examples.record(id).releases?.results ?? {});

describe('version claims on the pages agree with the records', () => {
  it.each([
    ['guides/blocking.mdx', '`Symbol.asyncDispose` from Node 24.2.0 and 22.18.0', 'versions/dispose-worker.ts', { '22': '22.18.0', '24': '24.2.0' }],
    ['guides/resources.mdx', '24.2.0 and 22.18.0', 'versions/dispose-worker.ts', { '22': '22.18.0', '24': '24.2.0' }],
    ['guides/resources.mdx', 'before 24.5.0 a `using` variable that a closure captures is never disposed', 'versions/using.ts', { '22': null, '24': '24.5.0' }],
    ['guides/parallelism.mdx', 'added in Node 24.5.0 and experimental, absent from Node 22', 'versions/navigator-locks.ts', { '22': null, '24': '24.5.0' }],
  ] as const)('%s: "%s"', (file, sentence, probe, expected) => {
    expect(page(file)).toContain(sentence);
    expect(minimums(probe)).toMatchObject(expected);
  });

  it('versions.mdx: type stripping stops warning at 24.3.0 on the 24 line and never warns on 22.18.0+', () => {
    expect(page('reference/versions.mdx')).toContain('| no more experimental warning | 24.3.0 and 22.18.0 |');
    const warns = (version: string): boolean =>
      results('versions/type-stripping.ts').some(([v, r]) => v === version && (r.warnings ?? []).some((w) => w.includes('Type Stripping')));
    const tried = results('versions/type-stripping.ts').map(([v]) => v);
    const before = tried.filter((v) => semver.major(v) === 24 && semver.lt(v, '24.3.0'));
    expect(before.length).toBeGreaterThan(0);
    for (const v of before) expect(warns(v), v).toBe(true);
    for (const v of tried.filter((v) => !before.includes(v))) expect(warns(v), v).toBe(false);
  });
});
