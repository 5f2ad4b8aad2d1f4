// Requires: Node 24+ (native `await using`)
// Deno: --allow-env --allow-read
// A worker pool with piscina: reuses threads, queues tasks, and cancels a task with an AbortSignal.
import os from 'node:os';
import { Piscina } from 'piscina';

// #region pool
await using pool = new Piscina<number, number>({
  filename: new URL('./pool-task.ts', import.meta.url).href,
});

const results = await Promise.all([20, 21, 22, 23].map((n) => pool.run(n)));
console.log(`results: ${results.join(', ')}`);
// #endregion pool

// #region defaults
const cores = os.availableParallelism();
console.log(`minThreads is max(floor(cores / 2), 1): ${pool.options.minThreads === Math.max(Math.floor(cores / 2), 1)}`);
console.log(`maxThreads is cores * 1.5: ${pool.options.maxThreads === cores * 1.5}`);
console.log(`maxQueue: ${pool.options.maxQueue}`);
// #endregion defaults

// #region abort
try {
  await pool.run(40, { signal: AbortSignal.timeout(50) }); // seconds of work, cut short: the thread is stopped
} catch (error) {
  console.log(`aborted task rejects with: ${(error as Error).name}`);
}
// #endregion abort
