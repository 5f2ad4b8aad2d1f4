import { describe, expect, it } from 'vitest';
import { expectedMinimum, headerFor, parseRequirements, reasonFor, RequirementError, satisfies } from '../../src/versions/requirements.ts';

const parse = (header: string) => parseRequirements(`${header}\ncode();\n`);

describe('parseRequirements', () => {
  it('reads one minimum per named line', () => {
    expect(parse('// Requires: Node 24.2+, 22.18+ (`import.meta.main`)')).toEqual([
      { minimums: { '24': '24.2.0', '22': '22.18.0' }, feature: '`import.meta.main`', text: 'Node 24.2+, 22.18+' },
    ]);
    expect(parse('// Requires: Node 24+ (native `using`)')[0]?.minimums).toEqual({ '24': '24.0.0' });
  });

  it('refuses a malformed header, naming file and line', () => {
    const expected = (line: number, found: string): RequirementError =>
      new RequirementError(`examples/a.ts:${line}: expected \`// Requires: Node 24+ (what needs it)\` or \`Node 24.5+, 22.18+ (…)\`, found \`${found}\``);
    expect(() => parseRequirements('\n// Requires: Node 24', 'examples/a.ts')).toThrow(expected(2, '// Requires: Node 24'));
    expect(() => parseRequirements('// Requires: 24+ (x)\n', 'examples/a.ts')).toThrow(expected(1, '// Requires: 24+ (x)'));
  });

  it('refuses a line named twice, quoting the header', () => {
    expect(() => parseRequirements('// Requires: Node 24.2+, 24.5+ (x)\n', 'examples/a.ts')).toThrow(
      new RequirementError('examples/a.ts:1: Node 24 is named twice in `// Requires: Node 24.2+, 24.5+ (x)`'),
    );
  });
});

describe('expectedMinimum and satisfies', () => {
  const header = parse('// Requires: Node 24.2+, 22.18+ (x)');
  const newer = parse('// Requires: Node 24+ (y)');

  it('starts a named line at its version, a line above at X.0.0, and rules out a line below or between', () => {
    expect(['22', '23', '24', '26'].map((line) => expectedMinimum(header, line))).toEqual(['22.18.0', null, '24.2.0', '26.0.0']);
    expect(['22', '24', '26'].map((line) => expectedMinimum(newer, line))).toEqual([null, '24.0.0', '26.0.0']);
    expect(expectedMinimum([], '22')).toBe('22.0.0');
  });

  it('takes the latest of several headers, and none when one rules a line out', () => {
    expect(expectedMinimum([...header, ...newer], '24')).toBe('24.2.0');
    expect(expectedMinimum([...header, ...newer], '22')).toBeNull();
  });

  it('judges a release by the expected minimum of its line', () => {
    expect(satisfies('24.1.0', header)).toBe(false);
    expect(satisfies('24.2.0', header)).toBe(true);
    expect(satisfies('23.11.1', header)).toBe(false);
    expect(reasonFor(newer[0] ?? { minimums: {}, feature: '', text: '' }, '24')).toBe('needs y, 24.0+');
  });
});

describe('headerFor', () => {
  it('writes the header a bisection calls for', () => {
    expect(headerFor([['22', '22.18.0'], ['24', '24.2.0'], ['26', '26.0.0']], '`import.meta.main`')).toBe('// Requires: Node 24.2+, 22.18+ (`import.meta.main`)');
    expect(headerFor([['22', null], ['24', '24.5.0'], ['26', '26.0.0']], 'x')).toBe('// Requires: Node 24.5+ (x)');
    expect(headerFor([['22', null], ['24', '24.0.0'], ['26', '26.0.0']], 'x')).toBe('// Requires: Node 24+ (x)');
    expect(headerFor([['22', '22.0.0'], ['24', '24.0.0'], ['26', '26.0.0']])).toBeUndefined();
  });

  it('refuses what no header can say', () => {
    expect(() => headerFor([['22', '22.0.0'], ['24', null]])).toThrow('Node 24 has no passing release, but an older line has');
  });

  it('round-trips: the header it writes expects what was found', () => {
    const found: [string, string | null][] = [['22', '22.18.0'], ['24', '24.2.0'], ['26', '26.0.0']];
    const written = parse(headerFor(found) ?? '');
    expect(found.map(([line]) => expectedMinimum(written, line))).toEqual(found.map(([, m]) => m));
  });
});
