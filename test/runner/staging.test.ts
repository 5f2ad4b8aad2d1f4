// The folder an example with local files is verified from holds exactly its download's files.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCatalogue } from '../../src/catalogue/catalogue.ts';
import { stagedFolder } from '../../src/runner/staging.ts';

const root = mkdtempSync(path.join(tmpdir(), 'staging-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
write('package.json', JSON.stringify({ awaited: { matrix: { '24': '24.0.0' } } }));

describe('stagedFolder', () => {
  it('runs a file that uses no other local file from the repository itself', () => {
    write('examples/page/alone.ts', 'alone');
    expect(stagedFolder(createCatalogue(root), 'page/alone.ts')).toBe(root);
  });

  it('copies the file and its dependencies, and drops a file an older set left behind', () => {
    write('examples/page/main.ts', "import '../lib/helper.ts';\nimport '../lib/old.ts';\n");
    write('examples/lib/helper.ts', 'helper');
    write('examples/lib/old.ts', 'old');
    const before = stagedFolder(createCatalogue(root), 'page/main.ts');
    expect(readFileSync(path.join(before, 'examples/lib/old.ts'), 'utf8')).toBe('old');
    write('examples/page/main.ts', "import '../lib/helper.ts';\n");
    write('examples/lib/helper.ts', 'helper, edited');
    // A fresh catalogue: the one a refresh builds after the files changed.
    const folder = stagedFolder(createCatalogue(root), 'page/main.ts');
    expect(folder).toBe(before);
    expect(readFileSync(path.join(folder, 'examples/lib/helper.ts'), 'utf8')).toBe('helper, edited');
    expect(() => readFileSync(path.join(folder, 'examples/lib/old.ts'))).toThrow(/ENOENT/);
  });
});
