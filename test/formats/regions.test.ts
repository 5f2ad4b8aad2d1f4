import { describe, expect, it } from 'vitest';
import { dedent, parseRegions, regionExcerpt, RegionError, wholeFile, type Excerpt } from '../../src/formats/regions.ts';

const source = [
  'import x from "y";',
  '// #region outer',
  'function f() {',
  '  // #region inner',
  '  return 1;',
  '  // #endregion inner',
  '}',
  '// #endregion outer',
  '',
].join('\n');

describe('parseRegions', () => {
  it('finds nested regions with their lines', () => {
    expect(parseRegions(source)).toEqual([
      { name: 'outer', startLine: 2, endLine: 8 },
      { name: 'inner', startLine: 4, endLine: 6 },
    ]);
  });

  it('accepts an unnamed #endregion for the innermost region', () => {
    expect(parseRegions('// #region a\nx\n// #endregion\n')).toEqual([{ name: 'a', startLine: 1, endLine: 3 }]);
  });

  it.each([
    ['// #region a\nx\n', 'region "a" is never closed', 1],
    ['// #region a\n// #endregion a\n// #region a\n// #endregion a\n', 'region "a" is defined twice (lines 1 and 3)', 3],
    ['x\n// #endregion a\n', '#endregion a without a matching #region', 2],
    ['// #region a\n// #region b\n// #endregion a\n', '#endregion a closes region "b" (opened on line 2)', 3],
    ['// #region\n', '#region without a name', 1],
  ])('rejects %j', (text, message, line) => {
    let error: unknown;
    try {
      parseRegions(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RegionError);
    expect((error as RegionError).message).toBe(message);
    expect((error as RegionError).line).toBe(line);
  });
});

/** A region's excerpt as the catalogue makes it: the file's regions parsed, then the one named cut out. */
function excerptOf(text: string, name: string): Excerpt {
  const region = parseRegions(text).find((r) => r.name === name);
  if (!region) throw new Error(`the test source has no region "${name}"`);
  return regionExcerpt(text, region);
}

describe('regionExcerpt', () => {
  it('returns the dedented lines between the markers without nested markers', () => {
    expect(excerptOf(source, 'outer').code).toBe('function f() {\n  return 1;\n}\n');
    expect(excerptOf(source, 'inner').code).toBe('return 1;\n');
  });

  it('handles CRLF line endings', () => {
    expect(excerptOf(source.replace(/\n/g, '\r\n'), 'inner').code).toBe('return 1;\n');
  });
});

describe('wholeFile', () => {
  it('removes every marker and keeps the rest of the file', () => {
    expect(wholeFile(source).code).toBe('import x from "y";\nfunction f() {\n  return 1;\n}\n');
  });
});

describe('dedent', () => {
  it('keeps relative indentation and ignores blank lines', () => {
    expect(dedent(['    a', '', '      b'])).toEqual(['a', '', '  b']);
  });
});

describe('line maps', () => {
  it('records where each shown line came from and the indent removed', () => {
    const { sourceLines, indent } = excerptOf(source, 'inner');
    expect(sourceLines).toEqual([5]);
    expect(indent).toBe(2);
    expect(excerptOf(source, 'outer').sourceLines).toEqual([3, 5, 7]);
  });
});

describe('Python region markers', () => {
  const python = ['import asyncio', '', '# #region main', 'async def main() -> None:', '    # #region body', '    await asyncio.sleep(0)', '    # #endregion body', '# #endregion main', ''].join('\n');

  it("are `# #region NAME` … `# #endregion NAME`, nested like TypeScript's", () => {
    expect(parseRegions(python, 'python')).toEqual([
      { name: 'main', startLine: 3, endLine: 8 },
      { name: 'body', startLine: 5, endLine: 7 },
    ]);
    expect(regionExcerpt(python, { name: 'body', startLine: 5, endLine: 7 }, 'python').code).toBe('await asyncio.sleep(0)\n');
    expect(wholeFile(python, 'python').code).toBe('import asyncio\n\nasync def main() -> None:\n    await asyncio.sleep(0)\n');
  });

  it("are not markers in TypeScript, nor TypeScript's in Python", () => {
    expect(parseRegions(python)).toEqual([]);
    expect(parseRegions('// #region a\n// #endregion a\n', 'python')).toEqual([]);
  });

  it('refuse an unclosed region with its line', () => {
    expect(() => parseRegions('# #region open\nx = 1\n', 'python')).toThrow('region "open" is never closed');
  });
});
