// The region reader behind <CapstoneCode>, against the fixture tree: what it shows, the step a file
// belongs to, and each refusal with its exact message.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { capstoneExcerpt, stepOf } from '../../../src/capstone/capstone-regions.ts';

const root = path.join(import.meta.dirname, '..', '..', 'fixtures', 'catalogue');

function refusal(file: string, region?: string): string {
  try {
    capstoneExcerpt(root, { file, region });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('the excerpt was read');
}

describe('capstone regions', () => {
  it('shows a region of a step solution, dedented, with its step', () => {
    const shown = capstoneExcerpt(root, { file: 'steps/3-deadlines/solution/quotes.ts', region: 'deadline' });
    expect(shown.path).toBe('capstone/steps/3-deadlines/solution/quotes.ts');
    expect(shown.excerpt.code).toBe('const deadline = AbortSignal.any([signal, AbortSignal.timeout(1000)]);\n');
    expect(shown.excerpt.sourceLines).toEqual([4]);
    expect(shown.wholeFile).toBe(false);
    expect(shown.step).toEqual({ number: 3, folder: 'capstone/steps/3-deadlines/', page: 'build/deadlines', command: 'npm run exercise -- build/3' });
  });

  it('shows a whole file without its markers, and knows a region that is the whole file', () => {
    expect(capstoneExcerpt(root, { file: 'service/main.ts' }).excerpt.code).toBe("console.log('listening');\n");
    const all = capstoneExcerpt(root, { file: 'service/main.ts', region: 'all' });
    expect(all.wholeFile).toBe(true);
    expect(all.step).toBeUndefined();
  });

  it('reads the step from the folder name only', () => {
    expect(stepOf('steps/7-under-load/check.ts')?.command).toBe('npm run exercise -- build/7');
    expect(stepOf('steps/notes/x.ts')).toBeUndefined();
    expect(stepOf('upstreams/prices.ts')).toBeUndefined();
  });

  it('refuses a missing file, naming what the nearest folder holds', () => {
    expect(refusal('steps/3-deadlines/solution/quote.ts', 'deadline')).toBe(
      'capstone/steps/3-deadlines/solution/quote.ts does not exist (capstone/steps/3-deadlines/solution/ holds: quotes.ts): name a file of the track, relative to capstone/',
    );
    expect(refusal('steps/9-nine/solution/x.ts')).toBe('capstone/steps/9-nine/solution/x.ts does not exist (capstone/steps/ holds: 1-first-endpoint/, 2-calling-upstreams/, 3-deadlines/): name a file of the track, relative to capstone/');
  });

  it('refuses a missing region, naming the regions there are and the markers to write', () => {
    expect(refusal('steps/3-deadlines/solution/quotes.ts', 'retry')).toBe(
      'capstone/steps/3-deadlines/solution/quotes.ts has no region "retry" (its regions: deadline): mark the lines with // #region retry … // #endregion retry, or omit region="…" to show the whole file',
    );
  });

  it('refuses broken markers at their line, and a path outside capstone/', () => {
    expect(refusal('service/unclosed.ts', 'open')).toBe('capstone/service/unclosed.ts:1: region "open" is never closed');
    expect(refusal('../examples/demo/good.ts')).toBe('file="../examples/demo/good.ts" must be a path under capstone/, e.g. file="steps/3-deadlines/solution/quotes.ts"');
  });
});
