// The worker side of shared-counter.ts: waits for its sibling, then adds 1 to a shared
// counter `times` times, either with a plain `++` (racy) or with Atomics.add (exact).
// Run directly (as the main thread) it does nothing.
import { isMainThread, workerData } from 'node:worker_threads';

export interface CounterJob {
  shared: SharedArrayBuffer; // [0]: workers ready, [1]: racy counter, [2]: atomic counter
  times: number;
}

if (!isMainThread) {
  const { shared, times } = workerData as CounterJob;
  const cells = new Int32Array(shared);
  // A barrier: count in, then spin until both workers are in, so their loops overlap.
  Atomics.add(cells, 0, 1);
  while (Atomics.load(cells, 0) < 2);
  // #region increments
  for (let i = 0; i < times; i++) cells[1]!++; // read, add, write: the other thread can write in between
  for (let i = 0; i < times; i++) Atomics.add(cells, 2, 1); // one indivisible read-modify-write
  // #endregion increments
}
