// Type hovers follow the catalogue: `astro dev` resets it when a file under examples/ changes, and a
// file added after the language service was created gets hovers on the next load, no restart.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCatalogue, type Catalogue } from '../../src/catalogue/catalogue.ts';
import { compiledFiles, createTypeHovers, readableQuickInfo } from '../../src/astro/type-info.ts';

let root: string;
let current: Catalogue;

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

function hoverTexts(examples: Catalogue, id: string, hovers: ReturnType<typeof createTypeHovers>): string[] {
  const file = examples.file(id);
  return hovers(file, file.whole).map((h) => h.text);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'awaited-type-info-'));
  write('package.json', JSON.stringify({ private: true, awaited: { matrix: { '24': '24.21.0' } } }));
  write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true } }));
  write('examples/demo/first.ts', 'export const first = 1;\n');
  current = createCatalogue(root);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the files the type hovers compile', () => {
  it('are the programs of the catalogue they are given, computed once per catalogue', () => {
    expect(compiledFiles(current)).toEqual([path.join(root, 'examples', 'demo', 'first.ts')]);
    expect(compiledFiles(current)).toBe(compiledFiles(current));
    write('examples/demo/second.ts', 'export const second = "two";\n');
    // The same catalogue has not seen the new file; a reset one (a new catalogue) has.
    expect(compiledFiles(current)).toHaveLength(1);
    expect(compiledFiles(createCatalogue(root))).toHaveLength(2);
  });

  it('give hovers for a file added after the first look-up, once the catalogue is reset', () => {
    const hovers = createTypeHovers(() => current);
    expect(hoverTexts(current, 'demo/first.ts', hovers)).toEqual(['const first: 1']);
    write('examples/demo/second.ts', "import { first } from './first.ts';\nexport const second = first + 1;\n");
    current = createCatalogue(root);
    expect(hoverTexts(current, 'demo/second.ts', hovers)).toEqual(['const first: 1', 'const second: number', 'const first: 1']);
  });
});

describe('the quick info a hover shows', () => {
  it('drops the import line, the alias tag and the namespace line of a merged declaration', () => {
    expect(readableQuickInfo('(alias) function retry(task: () => void): void\nimport retry')).toBe('function retry(task: () => void): void');
    expect(readableQuickInfo('(alias) function assert(value: unknown, message?: string | Error): asserts value\n(alias) namespace assert')).toBe(
      'function assert(value: unknown, message?: string | Error): asserts value',
    );
    expect(readableQuickInfo('namespace console\nvar console: Console')).toBe('var console: Console');
    expect(readableQuickInfo('function setTimeout<[]>(callback: () => void, delay?: number): NodeJS.Timeout (+1 overload)\nnamespace setTimeout')).toBe(
      'function setTimeout<[]>(callback: () => void, delay?: number): NodeJS.Timeout (+1 overload)',
    );
  });

  it('keeps a namespace that is all there is, and the lines of a type', () => {
    expect(readableQuickInfo('(alias) namespace assert')).toBe('namespace assert');
    expect(readableQuickInfo('(parameter) options: {\n    attempts: number;\n}')).toBe('(parameter) options: {\n    attempts: number;\n}');
  });

  it('cuts a long type at 400 characters', () => {
    expect(readableQuickInfo(`type T = ${'x'.repeat(500)}`)).toBe(`type T = ${'x'.repeat(391)}…`);
  });
});
