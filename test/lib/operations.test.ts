import { describe, expect, it } from 'vitest';
import { operationProblems, operationRows } from '../../src/lib/operations.ts';

const cell = { apis: ['x'], url: 'https://example.org/' };
const row = (id: string, example: string, region = id) => ({
  id, operation: id, python: cell, typescript: cell, csharp: cell, example, region, proves: 'it works',
});
const files: Record<string, string[]> = { 'ops/a.ts': ['a'], 'ops/b.ts': ['b', 'setup'] };
const regionsOf = (example: string) => files[example];

describe('operationProblems', () => {
  it('accepts rows that each have their example and region, covering every example', () => {
    expect(operationProblems({ rows: [row('a', 'ops/a.ts'), row('b', 'ops/b.ts')] }, 'ops', Object.keys(files), regionsOf)).toEqual([]);
  });

  it('names a row whose example file is missing', () => {
    const problems = operationProblems({ rows: [row('a', 'ops/a.ts'), row('b', 'ops/b.ts'), row('c', 'ops/c.ts')] }, 'ops', Object.keys(files), regionsOf);
    expect(problems).toEqual(['row "c": examples/ops/c.ts does not exist']);
  });

  it('names a row whose region is missing', () => {
    const problems = operationProblems({ rows: [row('a', 'ops/a.ts'), row('b', 'ops/b.ts', 'nope')] }, 'ops', Object.keys(files), regionsOf);
    expect(problems).toEqual(['row "b": examples/ops/b.ts has no region "nope" (it has: b, setup)']);
  });

  it('names an example that has no row', () => {
    expect(operationProblems({ rows: [row('a', 'ops/a.ts')] }, 'ops', Object.keys(files), regionsOf)).toEqual([
      'examples/ops/b.ts has no row in the operations table',
    ]);
  });

  it('rejects duplicate ids, bad cells and examples outside the folder', () => {
    const bad = { ...row('a', 'other/a.ts'), python: { apis: [], url: 'http://x' } };
    const problems = operationProblems({ rows: [row('a', 'ops/a.ts'), bad, row('b', 'ops/b.ts')] }, 'ops', Object.keys(files), regionsOf);
    expect(problems).toEqual([
      'row "a": duplicate id',
      'row "a": python needs non-empty "apis" and an https "url"',
      'row "a": example must be a file in examples/ops/',
    ]);
  });

  it('operationRows throws with every problem', () => {
    expect(() => operationRows({ rows: [] }, 'ops', Object.keys(files), regionsOf)).toThrow(/ops\/a\.ts has no row[\s\S]*ops\/b\.ts has no row/);
    expect(() => operationRows({}, 'ops', [], regionsOf)).toThrow(/no "rows" array/);
  });
});
