// Requires: Node 24.3+, 22.18+ (`import.meta.main`)
// Deno: --allow-read
// One round of the thread-pool experiment: start `jobs` pbkdf2 hashes, then one readFile, and
// report whether the read finished before every hash, and when each job ran. Both kinds of work run on the libuv pool.
// Run it as `node pool-race.ts [jobs]`, e.g. with UV_THREADPOOL_SIZE=5 in the environment.
import { pbkdf2 } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Span } from '../lib/spans.ts';

const hash = promisify(pbkdf2);

// #region race
/** Each job's start and end (`performance.now()`), in the order the jobs finished. */
export async function race(jobs: number): Promise<Span[]> {
  const finished: Span[] = [];
  const hashing = Array.from({ length: jobs }, async (_, i) => {
    const start = performance.now();
    await hash('password', 'salt', 300_000, 64, 'sha512'); // a slow job for a pool thread
    finished.push({ task: `pbkdf2-${i + 1}`, start, end: performance.now() });
  });
  const reading = (async () => {
    const start = performance.now();
    await readFile(import.meta.filename); // open, stat, read, close: each one a pool task
    finished.push({ task: 'readFile', start, end: performance.now() });
  })();
  await Promise.all([...hashing, reading]);
  return finished;
}
// #endregion race

export function describe(finished: Span[]): string {
  return `readFile finished first: ${finished[0]?.task === 'readFile'}`;
}

if (import.meta.main) {
  console.log(describe(await race(Number(process.argv[2] ?? 4))));
}
