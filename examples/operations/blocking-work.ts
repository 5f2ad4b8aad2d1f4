// Deno: --allow-read
// Blocking work: CPU-bound code runs in a worker thread, so the main event loop stays free.
// This file is both the main program and the worker (it starts itself with new Worker).
import { once } from 'node:events';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

function fibonacci(n: number): number {
  return n < 2 ? n : fibonacci(n - 1) + fibonacci(n - 2);
}

if (isMainThread) {
  // #region blocking-work
  // Count the main loop's timer ticks while the worker runs.
  let ticks = 0;
  const interval = setInterval(() => ticks++, 5);
  try {
    const worker = new Worker(new URL(import.meta.url), { workerData: 32 });
    // Listen for 'message' and 'exit' together: a worker that exits right after posting can emit
    // both in one turn, before code after `await once(worker, 'message')` could listen for 'exit'.
    const [[result], [exitCode]] = (await Promise.all([
      once(worker, 'message'),
      once(worker, 'exit'),
    ])) as [[number], [number]];
    console.log(`fibonacci(32) = ${result}, worker exit code ${exitCode}`);
    console.log(`main-loop ticks while the worker computed: ${ticks}`);
  } finally {
    clearInterval(interval);
  }
  // #endregion blocking-work
} else {
  parentPort?.postMessage(fibonacci(workerData as number));
}
