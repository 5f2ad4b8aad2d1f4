// Deno: --allow-read
// A worker thread computing fib(35) beside the main thread, whose 20 ms interval keeps ticking.
// One zero for every span, the worker's creation: the worker booting (new Worker to its 'online'
// event), the worker computing (the job posted to its answer back), and the main thread's first
// five ticks (each from the tick before it).
import { once } from 'node:events';
import { setInterval } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { printSpans, type Span } from '../lib/spans.ts';

const N = 35;
const TICKS = 5;
const spans: Span[] = [];

const zero = performance.now();
const worker = new Worker(new URL('./fib-service.ts', import.meta.url));
try {
  await once(worker, 'online'); // its thread runs JavaScript now
  const online = performance.now();
  const answered = once(worker, 'message').then(() => performance.now());
  worker.postMessage(N);

  // Meanwhile the main thread has its own work: a tick every 20 ms.
  let last = online;
  for await (const name of setInterval(20, 'main-tick')) {
    spans.push({ task: `${name}-${spans.length + 1}`, start: last, end: (last = performance.now()) });
    if (spans.length === TICKS) break; // leaving the loop clears the interval
  }
  const end = await answered;
  const during = spans.filter((tick) => tick.end < end).length;
  console.log(`main-thread ticks while the worker computed fib(${N}): ${during} of ${TICKS}`);
  spans.push({ task: 'worker-booting', start: zero, end: online }, { task: 'worker-computing', start: online, end });
} finally {
  await worker.terminate();
}
printSpans('beside', spans);
