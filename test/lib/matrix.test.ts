import { describe, expect, it } from 'vitest';
import {
  badgesOf,
  codeSpans,
  compareVersions,
  judge,
  parseRequirements,
  RequirementError,
  strictest,
} from '../../src/lib/matrix.ts';

describe('parseRequirements', () => {
  it('reads each declaration and normalises the version to major.minor', () => {
    const source = ['// Feature: x', '// Requires: Node 24+ (native `using`)', '// Requires: Node 24.5+ (`navigator.locks`)', 'code();'].join('\n');
    expect(parseRequirements(source)).toEqual([
      { version: '24.0', feature: 'native `using`' },
      { version: '24.5', feature: '`navigator.locks`' },
    ]);
  });

  it('finds nothing in a file without declarations', () => {
    expect(parseRequirements('console.log(1);\n// requires nothing\n')).toEqual([]);
  });

  it('refuses a malformed declaration, naming file and line', () => {
    expect(() => parseRequirements('\n// Requires: Node 24', 'examples/a.ts')).toThrow(RequirementError);
    expect(() => parseRequirements('\n// Requires: Node 24', 'examples/a.ts')).toThrow(/examples\/a\.ts:2/);
    expect(() => parseRequirements('// Requires: 24+ (x)')).toThrow(RequirementError);
  });
});

describe('compareVersions and strictest', () => {
  it('compares numerically, not as strings', () => {
    expect(compareVersions('22.23.3', '22.18')).toBeGreaterThan(0);
    expect(compareVersions('22.23.3', '24.0')).toBeLessThan(0);
    expect(compareVersions('24.5', '24.21.0')).toBeLessThan(0);
    expect(compareVersions('v24.0.0', '24.0')).toBe(0);
  });

  it('picks the declaration that needs the newest Node', () => {
    expect(strictest([{ version: '24.0', feature: 'a' }, { version: '24.5', feature: 'b' }, { version: '22.18', feature: 'c' }])?.feature).toBe('b');
    expect(strictest([])).toBeUndefined();
  });
});

describe('judge', () => {
  const needs24 = { version: '24.0', feature: 'native `using`' };

  it('passes a clean run', () => {
    expect(judge('a.ts', '24.21.0', needs24, [])).toEqual({ result: { pass: true } });
    expect(judge('a.ts', '22.23.3', undefined, [])).toEqual({ result: { pass: true } });
  });

  it('records an expected failure below the declared version with its reason and the thrown error', () => {
    const stderr = "file:///x.ts:3\n  using f = r();\n        ^\n\nSyntaxError: Unexpected identifier 'f'\n";
    expect(judge('a.ts', '22.23.3', needs24, ['exit code 1, expected 0'], stderr)).toEqual({
      result: { pass: false, reason: 'needs native `using`, 24.0+', detail: "SyntaxError: Unexpected identifier 'f'" },
    });
  });

  it('is an error when an example fails without a declaration, showing the first problems', () => {
    const { result, error } = judge('a.ts', '22.23.3', undefined, ['exit code 1, expected 0', 'stderr: boom']);
    expect(result).toBeUndefined();
    expect(error).toMatch(/examples\/a\.ts fails on Node 22\.23\.3, and it declares no/);
    expect(error).toContain('stderr: boom');
  });

  it('is an error when an example fails on a line its declaration says should pass', () => {
    expect(judge('a.ts', '24.21.0', needs24, ['exit code 1, expected 0']).error).toMatch(/says this line should pass/);
  });

  it('is an error when an example passes below its declared version (a declaration cannot lie)', () => {
    const { result, error } = judge('a.ts', '22.23.3', needs24, []);
    expect(result).toBeUndefined();
    expect(error).toMatch(/declares `Requires: Node 24\.0\+ \(native `using`\)` but passes on Node 22\.23\.3/);
  });
});

describe('badges', () => {
  it('gives one badge per release line in line order, from results keyed by exact version', () => {
    const nodes = { '24': '24.21.0', '22': '22.23.3', '26': '26.10.0' };
    expect(badgesOf({ '22.23.3': { pass: false, reason: 'needs x, 24.0+' }, '24.21.0': { pass: true } }, nodes)).toEqual([
      { line: '22', pass: false, reason: 'needs x, 24.0+' },
      { line: '24', pass: true },
      { line: '26', pass: false, reason: 'not run' },
    ]);
  });

  it('splits Markdown code spans for rendering', () => {
    expect(codeSpans('needs native `using`, 24.0+')).toEqual([
      { code: false, text: 'needs native ' },
      { code: true, text: 'using' },
      { code: false, text: ', 24.0+' },
    ]);
  });
});
