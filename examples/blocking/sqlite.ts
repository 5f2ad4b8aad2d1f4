// Requires: Node 24.2+ (`Worker[Symbol.asyncDispose]`)
// Deno: --allow-read
// A sync-only dependency: a long node:sqlite query on the main thread stops the event loop for
// its whole duration. The same query in a worker thread (Node's run_in_executor) leaves it free.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { sumTo } from './query.ts';
import { ticksDuring } from './ticks.ts';

const n = 600_000;

// #region main-thread
let total = 0;
const blockedTicks = await ticksDuring(() => {
  total = sumTo(n); // DatabaseSync: the loop is stopped until the query returns
});
console.log(`query on the main thread: sum ${total}, ${blockedTicks} ticks`);
// #endregion main-thread

// #region worker
async function sumToInWorker(limit: number): Promise<number> {
  await using worker = new Worker(new URL('./query.ts', import.meta.url), { workerData: limit });
  const [sum] = (await once(worker, 'message')) as [number];
  return sum;
}

const started = performance.now();
const freeTicks = await ticksDuring(async () => {
  total = await sumToInWorker(n);
});
// Out of the ticks a free loop makes in the same time: the query's length varies by machine.
const share = Math.round((100 * freeTicks) / ((performance.now() - started) / 10));
console.log(`query in a worker: sum ${total}, ${freeTicks} ticks (${share}% of a free loop's)`);
// #endregion worker
