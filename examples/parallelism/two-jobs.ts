// Requires: Node 24.2+ (`Worker[Symbol.asyncDispose]`)
// Deno: --allow-read
// Two CPU jobs: one after the other on one worker, then side by side on two workers. The ratio of
// the two wall times is the speed-up; it needs two free cores (os.availableParallelism() >= 2),
// so the claim about it lives in test/examples/parallelism/two-jobs.test.ts, which skips on 1 core.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

const N = 33;
const ROUNDS = 3;

// #region workers
// Two long-lived workers, started once: the timings below measure the jobs, not thread start-up.
await using first = new Worker(new URL('./fib-service.ts', import.meta.url));
await using second = new Worker(new URL('./fib-service.ts', import.meta.url));

async function fibOn(worker: Worker, n: number): Promise<number> {
  worker.postMessage(n);
  const [result] = (await once(worker, 'message')) as [number];
  return result;
}
// #endregion workers

// #region sequential-vs-parallel
// Best of three rounds each, alternating, so a burst of load elsewhere does not decide the ratio.
let sequentialMs = Infinity;
let parallelMs = Infinity;
for (let round = 0; round < ROUNDS; round++) {
  let start = performance.now();
  await fibOn(first, N);
  await fibOn(first, N);
  sequentialMs = Math.min(sequentialMs, performance.now() - start);

  start = performance.now();
  await Promise.all([fibOn(first, N), fibOn(second, N)]);
  parallelMs = Math.min(parallelMs, performance.now() - start);
}
console.log(`speed-up of two workers at once over one after the other: ${(sequentialMs / parallelMs).toFixed(2)}`);
// #endregion sequential-vs-parallel
// Leaving this scope terminates both workers (Worker[Symbol.asyncDispose]).
