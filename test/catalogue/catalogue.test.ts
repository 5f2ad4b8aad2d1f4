// The catalogue against a fixture tree (test/fixtures/catalogue/): each refusal it claims to make,
// with its exact message, naming the file, the line and the command that fixes it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../src/catalogue/catalogue.ts';
import { runtimeOf } from '../../src/catalogue/records.ts';
import { pythonImportNames } from '../../src/catalogue/example-file.ts';
import { captureDiagnostics } from '../../src/runner/diagnostics.ts';

const fixture = path.join(import.meta.dirname, '..', 'fixtures', 'catalogue');
const examples = createCatalogue(fixture);

describe('the catalogue of a fixture tree', () => {
  it('lists programs and broken files apart', () => {
    expect(examples.programs()).toEqual(['demo/good.ts', 'demo/marked.ts', 'demo/other.ts', 'demo/spans.ts', 'demo/stale.ts', 'demo/twice.ts', 'demo/unclosed.ts', 'demo/unrecorded.ts', 'py/greet.py', 'py/leaks.py', 'py/mismatch.py', 'py/unclosed.py', 'py/words.py']);
    expect(examples.brokenFiles()).toEqual(['lonely/broken/recorded.ts', 'lonely/broken/wrong.ts', 'py/broken/forgot.py']);
  });

  it('answers a sample: shown code, whole code, URL, record and badges', () => {
    const sample = examples.sample('demo/good.ts', 'use');
    expect(sample.excerpt.code).toBe("console.log('done');\n");
    expect(sample.file.whole.code).toBe("console.log('ratio 2');\nconsole.log('done');\n");
    expect(sample.wholeProgram).toBe(false);
    expect(sample.fileUrl).toBe('/examples/demo/#good');
    expect(sample.record.run.measurements).toEqual({ ratio: 2 });
    expect(sample.badges).toEqual([
      { line: '22', pass: false, reason: 'needs x, 24.0+' },
      { line: '24', pass: true },
    ]);
    expect(examples.shownSample(sample.key)).toBe(sample);
  });

  it('gives every file under examples/ with its bytes, for the code download', () => {
    const files = examples.allFiles();
    expect(files.map((f) => f.name).filter((name) => name.startsWith('examples/demo/good'))).toEqual(['examples/demo/good.out', 'examples/demo/good.ts']);
    expect(files.map((f) => f.name).filter((name) => name.startsWith('examples/py/greet'))).toEqual(['examples/py/greet.py', 'examples/py/greet.py.out']);
    expect(files.find((f) => f.name === 'examples/demo/other.out')?.content.toString('utf8')).toBe(examples.dataText('demo/other.out'));
  });

  it('offers no download for a file that runs alone', () => {
    expect(examples.download('demo/good.ts')).toBeUndefined();
  });

  it('answers a Python sample: its language, its region, its CPython badge and its download with the module it imports', () => {
    const sample = examples.sample('py/greet.py', 'main');
    expect(sample.file.language).toBe('python');
    expect(sample.excerpt.code).toBe('async def main() -> None:\n    await asyncio.sleep(0)\n    print(shout("hello"))\n');
    expect(sample.file.dependencies).toEqual(['py/words.py']);
    expect(sample.record.run.python).toBe('3.11.2');
    expect(sample.badges).toEqual([{ runtime: 'CPython', line: '3.11.2', pass: true }]);
    expect(runtimeOf(sample.record.run)).toBe('CPython 3.11.2');
    expect(runtimeOf(examples.sample('demo/good.ts', 'use').record.run)).toBe('Node v24.21.0');
    expect(sample.output).toBe('HELLO!\n');
    expect(examples.download('py/greet.py')?.paths).toEqual(['examples/py/greet.py', 'examples/py/words.py']);
  });

  it("reads the modules a Python file imports, each a sibling .py when one exists", () => {
    const source = ['import asyncio', 'import words, helpers as h', 'from shared.spans import print_spans', '    import lazy', '# import commented', 'x = "import not_at_line_start"', ''].join('\n');
    expect(pythonImportNames(source)).toEqual(['asyncio', 'words', 'helpers', 'shared', 'lazy']);
  });

  it('refuses a missing Python file, a missing region, an unclosed region and a missing record, as for TypeScript', () => {
    expect(() => examples.sample('py/nowhere.py', undefined)).toThrow('examples/py/nowhere.py does not exist');
    expect(() => examples.sample('py/greet.py', 'nope')).toThrow('examples/py/greet.py: no region "nope" (regions in this file: main)');
    expect(() => examples.sample('py/unclosed.py', undefined)).toThrow('examples/py/unclosed.py:1: region "open" is never closed');
    expect(() => examples.record('py/leaks.py')).toThrow('examples/py/leaks.py has no record; run `npm run refresh -- py/leaks.py`');
  });

  it('refuses a missing file', () => {
    expect(() => examples.sample('demo/nowhere.ts', undefined)).toThrow('examples/demo/nowhere.ts does not exist');
  });

  it('refuses a missing region, naming the regions there are', () => {
    expect(() => examples.sample('demo/good.ts', 'nope')).toThrow('examples/demo/good.ts: no region "nope" (regions in this file: demo, use)');
  });

  it('refuses an unclosed region, naming the line it opens on', () => {
    expect(() => examples.sample('demo/unclosed.ts', undefined)).toThrow('examples/demo/unclosed.ts:2: region "open" is never closed');
  });

  it('refuses a region defined twice, naming both lines', () => {
    expect(() => examples.excerpt('demo/twice.ts', 'part')).toThrow('examples/demo/twice.ts:4: region "part" is defined twice (lines 1 and 4)');
  });

  it('refuses a stale record and a missing one, naming the command', () => {
    expect(() => examples.record('demo/stale.ts')).toThrow('the record of examples/demo/stale.ts is older than its source; run `npm run refresh -- demo/stale.ts`');
    expect(() => examples.record('demo/unrecorded.ts')).toThrow('examples/demo/unrecorded.ts has no record; run `npm run refresh -- demo/unrecorded.ts`');
  });

  it('refuses to show a broken file as a sample', () => {
    expect(() => examples.sample('lonely/broken/wrong.ts', undefined)).toThrow('examples/lonely/broken/wrong.ts is deliberately wrong code: show it with <Diagnostics file="lonely/broken/wrong.ts" />');
  });

  it('refuses a broken/ folder without a tsconfig.json', async () => {
    await expect(captureDiagnostics(examples, ['lonely/broken/wrong.ts'])).rejects.toThrow(
      'examples/lonely/broken/ has no tsconfig.json: every broken/ folder needs one to say how its files are compiled (copy examples/forgotten-await/broken/tsconfig.json)',
    );
  });
});
