// Which examples a refresh covers: the paths on its command line (a folder covers its broken/ files),
// and with --since, those a changed file touches (its own file, a local import, its .out, its record).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCatalogue } from '../../src/catalogue/catalogue.ts';
import { filterMatches, selectExamples } from '../../src/runner/select-examples.ts';

const root = mkdtempSync(path.join(tmpdir(), 'select-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
writeFileSync(path.join(root, 'package.json'), JSON.stringify({ awaited: { matrix: { '24': '24.4.0' } } }));
const files: Record<string, string> = {
  'page/main.ts': "import { helper } from './helper.ts';\nhelper();\n",
  'page/helper.ts': 'export function helper(): void {}\n',
  'page/alone.ts': 'console.log("alone");\n',
  'page/alone.out': 'alone\n',
  'page/broken/wrong.ts': 'const x: number = "no";\n',
  'other/one.ts': 'console.log(1);\n',
};
for (const [file, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(root, 'examples', file)), { recursive: true });
  writeFileSync(path.join(root, 'examples', file), text);
}
const examples = createCatalogue(root);

describe('selectExamples: paths', () => {
  it('takes every example, programs first, when no path is named', () => {
    expect(selectExamples(examples, [])).toEqual(['other/one.ts', 'page/alone.ts', 'page/helper.ts', 'page/main.ts', 'page/broken/wrong.ts']);
  });

  it("covers a page's broken/ files with its folder, with or without the slash", () => {
    expect(selectExamples(examples, ['page/'])).toEqual(['page/alone.ts', 'page/helper.ts', 'page/main.ts', 'page/broken/wrong.ts']);
    expect(selectExamples(examples, ['page'])).toEqual(selectExamples(examples, ['page/']));
  });

  it('takes only the broken files with X/broken/, and one file by its path, examples/ or not', () => {
    expect(selectExamples(examples, ['page/broken/'])).toEqual(['page/broken/wrong.ts']);
    expect(selectExamples(examples, ['examples/page/alone.ts', 'other/one.ts'])).toEqual(['other/one.ts', 'page/alone.ts']);
  });

  it('matches no folder by a part of its name, nor a bare `broken` (what the dropped diagnostics alias passed)', () => {
    expect(filterMatches('pag', 'page/alone.ts')).toBe(false);
    expect(selectExamples(examples, ['broken'])).toEqual([]);
  });
});

describe('selectExamples: --since', () => {
  const since = (...changed: string[]) => selectExamples(examples, [], new Set(changed));

  it('takes an example whose own file, .out or record changed', () => {
    expect(since('examples/other/one.ts')).toEqual(['other/one.ts']);
    expect(since('examples/page/alone.out')).toEqual(['page/alone.ts']);
    expect(since('records/examples/page/broken/wrong.ts.json')).toEqual(['page/broken/wrong.ts']);
  });

  it('takes every example that imports a changed local file', () => {
    expect(since('examples/page/helper.ts')).toEqual(['page/helper.ts', 'page/main.ts']);
  });

  it('takes none for a change no example rests on, and keeps to the named paths', () => {
    expect(since('examples/page/notes.md', 'records/examples/gone.ts.json')).toEqual([]);
    expect(selectExamples(examples, ['other/'], new Set(['examples/page/helper.ts', 'examples/other/one.ts']))).toEqual(['other/one.ts']);
  });
});
