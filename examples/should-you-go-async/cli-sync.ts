// Deno: --allow-env --allow-read --allow-write
// A one-shot command-line tool: it reads some files, prints a summary, and exits. Nothing else
// runs in the process meanwhile, so blocking calls hide nothing, and the sync version is the
// simpler code.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Some input files for the tool, in a temporary folder.
const dir = mkdtempSync(path.join(os.tmpdir(), 'cli-sync-'));
const files = ['a', 'b', 'c'].map((name, i) => {
  const file = path.join(dir, `${name}.txt`);
  writeFileSync(file, 'line\n'.repeat(10 * (i + 1)));
  return file;
});

// #region cli
function countLines(paths: string[]): number {
  let lines = 0;
  for (const file of paths) lines += readFileSync(file, 'utf8').split('\n').length - 1;
  return lines;
}
console.log(`lines: ${countLines(files)}`);
// #endregion cli

rmSync(dir, { recursive: true });
