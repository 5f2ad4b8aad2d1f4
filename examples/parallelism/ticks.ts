// Deno: --allow-read
// The same CPU job on the main thread and in a worker, while a 10 ms interval counts how often
// the main thread's event loop gets a turn.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { fib } from './fib.ts';

const N = 36;

async function countTicksDuring(job: () => Promise<number>): Promise<number> {
  let ticks = 0;
  const interval = setInterval(() => ticks++, 10);
  try {
    await job();
    return ticks;
  } finally {
    clearInterval(interval);
  }
}

// #region main-vs-worker
// On the main thread: nothing else runs until fib returns.
// eslint-disable-next-line @typescript-eslint/require-await -- the job is async in shape only, which is the point
const ticksMain = await countTicksDuring(async () => fib(N));

// In a worker: its own isolate and event loop; the main loop stays free.
const ticksWorker = await countTicksDuring(async () => {
  const worker = new Worker(new URL('./fib-worker.ts', import.meta.url), { workerData: N });
  let result = 0;
  worker.once('message', (value: number) => (result = value));
  await once(worker, 'exit'); // after its message; rejects if the worker throws
  return result;
});

console.log(`interval ticks while fib(${N}) ran on the main thread: ${ticksMain}`);
console.log(`interval ticks while fib(${N}) ran in a worker: ${ticksWorker}`);
// #endregion main-vs-worker
