// Deno: --allow-read
// Ten timers due every 10 ms, and 100 ms of CPU work started at 25 ms. On the main thread the work
// holds the event loop, so every timer due during it fires only when it ends; in a worker the same
// work runs beside the main thread and the timers fire on time. Each timer's span runs from when
// it was set to when its callback ran.
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { printSpans, type Span } from '../lib/spans.ts';
import { burnCpu } from './cpu-work.ts';

const WORK_MS = 100;

async function timersAround(work: () => Promise<unknown> | void): Promise<Span[]> {
  const start = performance.now();
  const spans: Span[] = [];
  const timers = Array.from({ length: 10 }, (_, i) => {
    const due = (i + 1) * 10;
    return new Promise<void>((resolve) => {
      setTimeout(() => {
        spans.push({ task: `timer-${due}`, start, end: performance.now() });
        resolve();
      }, due);
    });
  });
  await sleep(25);
  const workStart = performance.now();
  await work();
  spans.push({ task: 'burnCpu', start: workStart, end: performance.now() });
  await Promise.all(timers);
  return spans;
}

const onMainThread = await timersAround(() => {
  burnCpu(WORK_MS);
});
const inWorker = await timersAround(async () => {
  const worker = new Worker(new URL('./cpu-work.ts', import.meta.url), { workerData: WORK_MS });
  await once(worker, 'exit'); // it posts its result and ends; rejects if it throws
});
printSpans('main-thread', onMainThread);
printSpans('worker', inWorker);
