// A parallel speed-up can only be measured with two cores or more: on one core, skip it and say why
// (the skip reason shows up in the test report), rather than assert a number that cannot hold.
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

/** A fixed amount of CPU work (not a fixed time) in a worker thread; resolves when it is done. */
async function workInWorker(iterations: number): Promise<void> {
  const worker = new Worker(`let x = 0; for (let i = 0; i < ${iterations}; i++) x = (x + i * i) % 1_000_003;`, { eval: true });
  await new Promise((resolve, reject) => {
    worker.once('exit', resolve);
    worker.once('error', reject);
  });
}

const cores = availableParallelism();
const WORK = 60_000_000; // a few hundred ms of CPU
// A machine already running more than one task per core has no idle core to give: the measurement
// would say more about the neighbours than about the code. (loadavg() is [0, 0, 0] on Windows.)
const load = loadavg()[0] ?? 0;
const skipReason = cores < 2 ? `needs 2+ cores; this machine has ${cores}` : load > cores ? `machine busy: load ${load.toFixed(1)} on ${cores} cores` : '';

describe('two CPU-bound workers', () => {
  it.skipIf(skipReason !== '')(`run side by side faster than one after the other${skipReason ? ` (skipped: ${skipReason})` : ''}`, async () => {
    const sequentialStart = performance.now();
    await workInWorker(WORK);
    await workInWorker(WORK);
    const sequential = performance.now() - sequentialStart;
    const parallelStart = performance.now();
    await Promise.all([workInWorker(WORK), workInWorker(WORK)]);
    const parallel = performance.now() - parallelStart;
    // Ideally 2 on two idle cores; ≥ 1.25 leaves room for worker start-up and some noise.
    expect(sequential / parallel).toBeGreaterThanOrEqual(1.25);
  });
});
