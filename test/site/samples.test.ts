// Every <Example> on every page points at an existing file and region (before any build).
import { describe, expect, it } from 'vitest';
import { findSampleUsages } from '../../src/lib/sample-usages.ts';
import { checkSampleUsages } from '../../src/site/check-usages.ts';

describe('sample references on pages', () => {
  it('all resolve to a file and region under examples/', () => {
    expect(checkSampleUsages()).toEqual([]);
  });
});

describe('findSampleUsages', () => {
  it('finds file, region and line of each tag', () => {
    const page = ['# T', '', '<Example file="a/b.ts" region="r1" />', 'text <Example', "  file='c.ts' output={false} />"].join('\n');
    expect(findSampleUsages(page)).toEqual([
      { file: 'a/b.ts', region: 'r1', line: 3 },
      { file: 'c.ts', region: undefined, line: 4 },
    ]);
  });
});
