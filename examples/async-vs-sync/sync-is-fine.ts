// Deno: --allow-env --allow-read --allow-write
// When sync is fine: a small file that the OS has cached. Async buys responsiveness for everything
// else the process is doing, not speed for this one call, which pays for a trip to the thread pool.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(tmpdir(), 'awaited-'));
const file = path.join(dir, 'config.json');
writeFileSync(file, JSON.stringify({ port: 8080, verbose: false }));

// #region compare
const calls = 2_000;
readFileSync(file); // warm the OS cache and the code paths first

let started = performance.now();
for (let i = 0; i < calls; i++) readFileSync(file, 'utf8');
const syncTime = performance.now() - started;

started = performance.now();
for (let i = 0; i < calls; i++) await readFile(file, 'utf8');
const asyncTime = performance.now() - started;

console.log(`await readFile took ${(asyncTime / syncTime).toFixed(1)}× as long as readFileSync, per call`);
// #endregion compare

rmSync(dir, { recursive: true });
