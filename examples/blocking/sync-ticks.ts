// Requires: Node 24.4+ (`fsPromises.mkdtempDisposable`)
// Deno: --allow-env --allow-write
// Sync APIs block the event loop: a 10 ms interval cannot tick while one runs. Each case below
// holds the thread for about 300 ms; the first one awaits instead, for comparison.
import { execFileSync } from 'node:child_process';
import { pbkdf2Sync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtempDisposable, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { repeatFor, ticksDuring } from './ticks.ts';

await using dir = await mkdtempDisposable(path.join(tmpdir(), 'awaited-'));
const bigFile = path.join(dir.path, 'big.bin');
await writeFile(bigFile, Buffer.alloc(16 * 1024 * 1024));

// #region cases
const cases: [string, () => Promise<unknown> | void][] = [
  ['await sleep(300)', () => sleep(300)],
  ['readFileSync (16 MB, repeated)', () => repeatFor(300, () => readFileSync(bigFile))],
  ['pbkdf2Sync (repeated)', () => repeatFor(300, () => pbkdf2Sync('password', 'salt', 10_000, 64, 'sha512'))],
  ['execFileSync (a child that waits 300 ms)', () => {
    execFileSync(process.execPath, ['-e', 'setTimeout(() => {}, 300)']);
  }],
  ['Atomics.wait (300 ms)', () => {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300); // allowed on Node's main thread
  }],
];
for (const [label, work] of cases) {
  console.log(`${label}: ${await ticksDuring(work)} ticks`);
}
// #endregion cases
