// The worker side of ticks.ts and two-jobs.ts: computes fib(n) for the n it is given in
// workerData, posts the result and ends. Run directly (as the main thread) it does nothing.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fib } from './fib.ts';

if (!isMainThread && parentPort) {
  parentPort.postMessage(fib(workerData as number));
}
