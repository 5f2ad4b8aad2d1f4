// Requires: Node 24.3+, 22.18+ (`import.meta.main`)
// One round of the thread-pool experiment: start `jobs` pbkdf2 hashes, then one readFile, and
// report whether the read finished before every hash. Both kinds of work run on the libuv pool.
// Run it as `node pool-race.ts [jobs]`, e.g. with UV_THREADPOOL_SIZE=5 in the environment.
import { pbkdf2 } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const hash = promisify(pbkdf2);

// #region race
/** The order in which the jobs finished, e.g. `['pbkdf2', 'readFile', 'pbkdf2', …]`. */
export async function race(jobs: number): Promise<string[]> {
  const order: string[] = [];
  const hashing = Array.from({ length: jobs }, async () => {
    await hash('password', 'salt', 300_000, 64, 'sha512'); // a slow job for a pool thread
    order.push('pbkdf2');
  });
  const reading = (async () => {
    await readFile(import.meta.filename); // open, stat, read, close: each one a pool task
    order.push('readFile');
  })();
  await Promise.all([...hashing, reading]);
  return order;
}
// #endregion race

export function describe(order: string[]): string {
  return `readFile finished first: ${order[0] === 'readFile'}`;
}

if (import.meta.main) {
  console.log(describe(await race(Number(process.argv[2] ?? 4))));
}
