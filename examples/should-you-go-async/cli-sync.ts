// A one-shot command-line tool: it reads some files, prints a summary, and exits. Nothing else
// runs in the process meanwhile, so blocking calls hide nothing; the sync version is the simpler
// code, and it is not slower per call either.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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

// #region per-call
// The same reads, 300 times, each way; best of three rounds.
async function countLinesAsync(paths: string[]): Promise<number> {
  let lines = 0;
  for (const file of paths) lines += (await readFile(file, 'utf8')).split('\n').length - 1;
  return lines;
}
let syncMs = Infinity;
let asyncMs = Infinity;
for (let round = 0; round < 3; round++) {
  let start = performance.now();
  for (let i = 0; i < 100; i++) countLines(files);
  syncMs = Math.min(syncMs, performance.now() - start);
  start = performance.now();
  for (let i = 0; i < 100; i++) await countLinesAsync(files);
  asyncMs = Math.min(asyncMs, performance.now() - start);
}
console.log(`await readFile took ${(asyncMs / syncMs).toFixed(1)}x as long as readFileSync`);
// #endregion per-call

rmSync(dir, { recursive: true });
