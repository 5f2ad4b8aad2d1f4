// CPU work that stands in for hashing, image resizing, a big JSON.parse…: it holds the thread for
// `ms` milliseconds. In a worker thread it does the work it is given and posts back the result.
import { parentPort, workerData } from 'node:worker_threads';

/** Busy for `ms` milliseconds; returns how many loop iterations that took. */
export function burnCpu(ms: number): number {
  const end = performance.now() + ms;
  let iterations = 0;
  while (performance.now() < end) iterations++;
  return iterations;
}

if (parentPort && typeof workerData === 'number') {
  parentPort.postMessage(burnCpu(workerData));
}
