// The operations table's data: validated at the edge (one fixture file per refusal in
// test/fixtures/operations/, each message naming the file, the row and the field), then checked
// against the examples (every row has its program and region, every program its row).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operationProblems, operationRows, parseOperationsFile, type OperationRow } from '../../src/formats/operations.ts';
import { projectRoot } from '../../src/cli/project-root.ts';
import { thrown } from '../support/thrown.ts';

const FILE = 'ops/operations.json';
const fixture = (name: string): string => readFileSync(path.join(projectRoot(), 'test', 'fixtures', 'operations', name), 'utf8');


describe('parseOperationsFile', () => {
  it('gives the rows of a valid file, in its order', () => {
    expect(parseOperationsFile(FILE, fixture('valid.json'))).toEqual([
      {
        id: 'sleep',
        operation: 'sleep',
        python: { apis: ['x.sleep'], url: 'https://example.org/x' },
        typescript: { apis: ['setTimeout'], note: 'from node:timers/promises', url: 'https://example.org/ts' },
        example: 'ops/a.ts',
        region: 'a',
        pythonExample: 'ops/a.py',
        csharp: { apis: ['x.sleep'], url: 'https://example.org/x', since: '.NET 6' },
        proves: 'it sleeps',
      },
    ]);
  });

  it.each([
    [
      'bad-python-twin.json',
      'ops/operations.json: row 1 ("sleep"), field "pythonExample" is not a Python file: name the asyncio program, e.g. operations/tcp.py\nops/operations.json: row 2 ("tcp"), field "noPythonTwin" is empty: say why asyncio has no program for this row',
    ],
    ['not-json.json', "ops/operations.json:3:21: is not JSON (Expected ',' or '}' after property value): fix the syntax"],
    ['no-rows.json', 'ops/operations.json: field "rows" is missing'],
    ['missing-field.json', 'ops/operations.json: row 1 ("sleep"), field "proves" is missing'],
    ['bad-id.json', 'ops/operations.json: row 1 ("Sleep"), field "id" is not a lower-case anchor like "tcp"'],
    ['bad-url.json', 'ops/operations.json: row 1 ("sleep"), field "python.url" is not an https address: link the API documentation'],
    ['no-apis.json', 'ops/operations.json: row 2 ("sleep"), field "typescript.apis" lists no API: name at least one'],
    ['unknown-field.json', 'ops/operations.json: row 1 ("sleep"), field "csharp.sinse" is not a field the table knows: remove it or correct its name'],
    ['wrong-type.json', 'ops/operations.json: row 1 ("sleep"), field "typescript.apis" is not an array'],
    [
      'empty-text.json',
      'ops/operations.json: row 1 ("sleep"), field "operation" is empty: name the operation\nops/operations.json: row 1 ("sleep"), field "typescript.note" is empty: remove it or write the remark',
    ],
  ])('refuses %s', (name, message) => {
    expect(thrown(() => parseOperationsFile(FILE, fixture(name)))).toBe(message);
  });
});

describe('operationProblems', () => {
  const cell = { apis: ['x'], url: 'https://example.org/' };
  const row = (id: string, example: string, region = id, python: Partial<OperationRow> = { noPythonTwin: 'asyncio has none' }): OperationRow => ({
    id,
    operation: id,
    python: cell,
    typescript: cell,
    csharp: cell,
    example,
    region,
    ...python,
    proves: 'it works',
  });
  const files: Record<string, string[]> = { 'ops/a.ts': ['a'], 'ops/b.ts': ['b', 'setup'], 'ops/a.py': ['a'] };
  const a = row('a', 'ops/a.ts', 'a', { pythonExample: 'ops/a.py' });
  const regionsOf = (example: string): string[] | undefined => files[example];
  const problems = (...rows: OperationRow[]): string[] => operationProblems(FILE, rows, 'ops', Object.keys(files), regionsOf);

  it('accepts rows that each have their example and region, covering every example', () => {
    expect(problems(a, row('b', 'ops/b.ts'))).toEqual([]);
  });

  it.each([
    ['a row whose example is missing', [a, row('b', 'ops/b.ts'), row('c', 'ops/c.ts')], ['ops/operations.json: row 3 ("c"), field "example": examples/ops/c.ts does not exist']],
    ['a row whose region is missing', [a, row('b', 'ops/b.ts', 'nope')], ['ops/operations.json: row 2 ("b"), field "region": examples/ops/b.ts has no region "nope" (it has: b, setup)']],
    ['an example with no row', [a], ['ops/operations.json: examples/ops/b.ts has no row: add one, or move the example out of examples/ops/']],
    ['two rows with one id', [a, row('b', 'ops/b.ts'), a], ['ops/operations.json: row 3 ("a"), field "id" is also row 1\'s: give each operation its own anchor']],
    ['an example outside the folder', [a, row('b', 'ops/b.ts'), row('c', 'other/c.ts')], ['ops/operations.json: row 3 ("c"), field "example" is not a file in examples/ops/']],
    ['a Python program with no row', [row('a', 'ops/a.ts'), row('b', 'ops/b.ts')], ['ops/operations.json: examples/ops/a.py has no row: add one, or move the example out of examples/ops/']],
    [
      'a row with neither a Python program nor a reason',
      [a, row('b', 'ops/b.ts', 'b', {})],
      ['ops/operations.json: row 2 ("b") has neither "pythonExample" nor "noPythonTwin": name the asyncio program that does the same (e.g. ops/b.py), or say why asyncio has none'],
    ],
    [
      'a row with both',
      [row('a', 'ops/a.ts', 'a', { pythonExample: 'ops/a.py', noPythonTwin: 'none' }), row('b', 'ops/b.ts')],
      ['ops/operations.json: row 1 ("a") has both "pythonExample" and "noPythonTwin": keep the program, or the reason there is none'],
    ],
    ['a missing Python program', [a, row('b', 'ops/b.ts', 'b', { pythonExample: 'ops/b.py' })], ['ops/operations.json: row 2 ("b"), field "pythonExample": examples/ops/b.py does not exist']],
    [
      'a Python program without the region',
      [row('a', 'ops/a.ts', 'a', { pythonExample: 'ops/a.py' }), row('b', 'ops/b.ts', 'setup', { pythonExample: 'ops/a.py' })],
      ['ops/operations.json: row 2 ("b"), field "pythonExample": examples/ops/a.py has no region "setup", the TypeScript program\'s (it has: a)'],
    ],
    ['a Python program outside the folder', [a, row('b', 'ops/b.ts', 'b', { pythonExample: 'other/b.py' })], ['ops/operations.json: row 2 ("b"), field "pythonExample" is not a file in examples/ops/']],
  ])('names %s', (_, rows, expected) => {
    expect(problems(...rows)).toEqual(expected);
  });

  it('operationRows validates, then throws with every problem', () => {
    expect(thrown(() => operationRows(FILE, '{ "rows": [] }', 'ops', Object.keys(files), regionsOf))).toBe(
      [
        'ops/operations.json: examples/ops/a.ts has no row: add one, or move the example out of examples/ops/',
        'ops/operations.json: examples/ops/b.ts has no row: add one, or move the example out of examples/ops/',
        'ops/operations.json: examples/ops/a.py has no row: add one, or move the example out of examples/ops/',
      ].join('\n'),
    );
    expect(thrown(() => operationRows(FILE, '{}', 'ops', [], regionsOf))).toBe('ops/operations.json: field "rows" is missing');
  });
});
