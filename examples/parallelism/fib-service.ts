// The worker side of two-jobs.ts: a long-lived worker that answers each number it receives with
// fib(number), until its owner terminates it. Run directly (as the main thread) it does nothing.
import { isMainThread, parentPort } from 'node:worker_threads';
import { fib } from './fib.ts';

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (n: number) => port.postMessage(fib(n)));
}
