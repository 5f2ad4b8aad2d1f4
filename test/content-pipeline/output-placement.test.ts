import { describe, expect, it } from 'vitest';
import { misplacedOutputs, type PlacedSample } from '../../src/content-pipeline/output-placement.ts';

const at = (file: string, region: string, line: number, showsOutput = true): PlacedSample => ({ file, region, where: `p.mdx:${line}:1`, showsOutput });
const prints = (): boolean => true;

describe('output placement', () => {
  it('accepts output under the last sample of each file', () => {
    expect(misplacedOutputs([at('a.ts', 'x', 1, false), at('b.ts', 'y', 2), at('a.ts', 'z', 3)], prints)).toEqual([]);
  });

  it('refuses output shown twice or above more of its file', () => {
    const problems = misplacedOutputs([at('a.ts', 'x', 1), at('a.ts', 'y', 2, false), at('a.ts', 'z', 3)], prints);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^p\.mdx:1:1: <Example file="a\.ts" region="x"> shows the output of examples\/a\.ts, but the page shows more of that file below \(p\.mdx:3:1\)/);
  });

  it('ignores files that print nothing, and pages that hide a file\'s output everywhere', () => {
    expect(misplacedOutputs([at('a.ts', 'x', 1), at('a.ts', 'y', 2)], () => false)).toEqual([]);
    expect(misplacedOutputs([at('a.ts', 'x', 1, false), at('a.ts', 'y', 2, false)], prints)).toEqual([]);
  });
});
