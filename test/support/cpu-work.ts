// Plain CPU work in worker threads, to measure what the machine itself can do in parallel right now.
import { Worker } from 'node:worker_threads';

/** A fixed amount of CPU work (not a fixed time) in a worker thread; resolves when it is done. */
export async function workInWorker(iterations: number): Promise<void> {
  const worker = new Worker(`let x = 0; for (let i = 0; i < ${iterations}; i++) x = (x + i * i) % 1_000_003;`, { eval: true });
  await new Promise((resolve, reject) => {
    worker.once('exit', resolve);
    worker.once('error', reject);
  });
}

/**
 * How many times faster two equal jobs finish side by side than one after the other: about 2 with
 * two free cores, about 1 when only one core is free. The default is most of a second of CPU per
 * job, far more than starting a worker.
 */
export async function sideBySideSpeedup(iterations = 25_000_000): Promise<number> {
  const sequentialStart = performance.now();
  await workInWorker(iterations);
  await workInWorker(iterations);
  const sequential = performance.now() - sequentialStart;
  const parallelStart = performance.now();
  await Promise.all([workInWorker(iterations), workInWorker(iterations)]);
  return sequential / (performance.now() - parallelStart);
}
