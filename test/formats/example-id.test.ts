// What an example's id says, derived in one place (src/formats/example-id.ts), and the one
// definition of a region marker, which sources and `.out` files share.
import { describe, expect, it } from 'vitest';
import { anchorOf, expectedPathOf, fileUrlOf, folderOf, isBroken, languageOf, SOURCES_GLOB, stemOf, baseOf } from '../../src/formats/example-id.ts';
import { parseExpectedOutput } from '../../src/formats/output-regions.ts';
import { wholeFile } from '../../src/formats/regions.ts';

describe('an example id', () => {
  it('gives its folder, stem, .out file, anchor and URL', () => {
    expect(folderOf('async-vs-sync/limit.ts')).toBe('async-vs-sync');
    expect(stemOf('async-vs-sync/limit.ts')).toBe('limit');
    expect(stemOf('workers/pool.mts')).toBe('pool');
    expect(baseOf('async-vs-sync/limit.cts')).toBe('async-vs-sync/limit');
    expect(expectedPathOf('async-vs-sync/limit.ts')).toBe('async-vs-sync/limit.out');
    expect(expectedPathOf('/repo/examples/a/b.mts')).toBe('/repo/examples/a/b.out');
    expect(anchorOf('forgotten-await/broken/values.ts')).toBe('broken-values');
    expect(fileUrlOf('async-vs-sync/limit.ts')).toBe('/examples/async-vs-sync/#limit');
    expect(isBroken('forgotten-await/broken/values.ts')).toBe(true);
    expect(isBroken('forgotten-await/values.ts')).toBe(false);
  });

  it('knows the source extensions from one list', () => {
    expect(SOURCES_GLOB).toBe('**/*.{ts,mts,cts,py}');
    expect(stemOf('from-python/gather.py')).toBe('gather-py');
    expect(baseOf('from-python/gather.py')).toBe('from-python/gather.py');
    expect(anchorOf('from-python/gather.py')).toBe('gather-py');
    expect(anchorOf('testing-async/retry.test.ts')).toBe('retry.test');
    expect(expectedPathOf('from-python/gather.py')).toBe('from-python/gather.py.out');
    expect(anchorOf('from-python/broken/leak.py')).toBe('broken-leak-py');
    // A file that is not a source keeps its name: only known extensions are dropped.
    expect(stemOf('operations/operations.json')).toBe('operations.json');
  });
});

describe('the language of a source', () => {
  it('comes from its extension', () => {
    expect(['a/b.ts', 'a/b.mts', 'a/b.cts', 'a/b.py'].map(languageOf)).toEqual(['typescript', 'typescript', 'typescript', 'python']);
  });

  it('is refused for a file that is not a source', () => {
    expect(() => languageOf('operations/operations.json')).toThrow('operations/operations.json is not an example source (extensions: .ts, .mts, .cts, .py)');
  });
});

describe('region markers', () => {
  it('are the same lines in a source and in a .out file', () => {
    // Not a marker (a name with a space): code in a source, and output in a .out file.
    const text = '// #region a b\nline\n// #region ok\nshown\n// #endregion ok';
    expect(wholeFile(text).code).toBe('// #region a b\nline\nshown\n');
    expect(parseExpectedOutput(text).text).toBe('// #region a b\nline\nshown');
  });
});
