// Deno: --allow-read
// Two workers add to the same counters in a SharedArrayBuffer: a plain `++` loses updates,
// Atomics.add does not.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { CounterJob } from './counter-worker.ts';

// #region shared-memory
const TIMES = 5_000_000;
const shared = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
const cells = new Int32Array(shared); // [0]: workers ready, [1]: racy counter, [2]: atomic counter

const job: CounterJob = { shared, times: TIMES }; // a SharedArrayBuffer is shared, not copied
const workers = [0, 1].map(() => new Worker(new URL('./counter-worker.ts', import.meta.url), { workerData: job }));
await Promise.all(workers.map((worker) => once(worker, 'exit')));

console.log(`expected total: ${2 * TIMES}`);
console.log(`plain ++ total: ${cells[1]}`);
console.log(`Atomics.add total: ${cells[2]}`);
// #endregion shared-memory
