// The folder an example with local files is verified from holds exactly its download's files.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stagedFolder } from '../../src/runner/staging.ts';

const root = mkdtempSync(path.join(tmpdir(), 'staging-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

describe('stagedFolder', () => {
  it('runs a file that uses no other local file from the repository itself', () => {
    expect(stagedFolder(root, 'page/alone.ts', [])).toBe(root);
  });

  it('copies the file and its dependencies, and drops a file an older set left behind', () => {
    write('examples/page/main.ts', 'main');
    write('examples/lib/helper.ts', 'helper');
    write('examples/lib/old.ts', 'old');
    const before = stagedFolder(root, 'page/main.ts', ['lib/helper.ts', 'lib/old.ts']);
    expect(readFileSync(path.join(before, 'examples/lib/old.ts'), 'utf8')).toBe('old');
    write('examples/lib/helper.ts', 'helper, edited');
    const folder = stagedFolder(root, 'page/main.ts', ['lib/helper.ts']);
    expect(folder).toBe(before);
    expect(readFileSync(path.join(folder, 'examples/lib/helper.ts'), 'utf8')).toBe('helper, edited');
    expect(() => readFileSync(path.join(folder, 'examples/lib/old.ts'))).toThrow(/ENOENT/);
  });
});
