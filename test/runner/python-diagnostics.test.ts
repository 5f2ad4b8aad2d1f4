// A deliberately wrong Python file (test/fixtures/catalogue/examples/py/broken/forgot.py) is captured
// with pyright's strict report and the interpreter's own warning, each at its line; and pyright,
// as `npm test` runs it, reports a type error at its file and line.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../src/catalogue/catalogue.ts';
import { captureDiagnostics } from '../../src/runner/diagnostics.ts';
import { pythonBinary } from '../../src/versions/python.ts';

const fixture = path.join(import.meta.dirname, '..', 'fixtures', 'catalogue');

describe('diagnostics of a broken Python file', () => {
  it("lists pyright's error and the interpreter's warning, and matches its record", async () => {
    const examples = createCatalogue(fixture);
    const capture = (await captureDiagnostics(examples, ['py/broken/forgot.py'])).get('py/broken/forgot.py');
    expect(capture?.list).toEqual([
      { tool: 'python', line: 10, column: 1, code: 'RuntimeWarning', message: "coroutine 'answer' was never awaited" },
      { tool: 'pyright', line: 10, column: 18, code: 'reportAssignmentType', message: 'Type "CoroutineType[Any, Any, int]" is not assignable to declared type "int"' },
    ]);
    expect(examples.storedRecord('py/broken/forgot.py')?.diagnostics).toEqual(capture);
  });
});

describe('pyright with the project settings (pyrightconfig.json: strict)', () => {
  it('reports a coroutine assigned to an int at its file and line', () => {
    // pyright exits 1 on an error: its output is on the thrown error.
    const output = ((): string => {
      try {
        return execFileSync(process.execPath, [path.resolve('node_modules/pyright/index.js'), '--pythonpath', pythonBinary(), 'test/fixtures/typecheck/floating.py'], { encoding: 'utf8' });
      } catch (error) {
        return String((error as { stdout?: string }).stdout);
      }
    })();
    expect(output).toContain(`${path.resolve('test/fixtures/typecheck/floating.py')}:10:18 - error: Type "CoroutineType[Any, Any, int]" is not assignable to declared type "int"`);
    expect(output).toContain('1 error, 0 warnings, 0 informations');
  });
});
