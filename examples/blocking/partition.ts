// Partitioning: split long CPU work into slices and give the event loop a turn between them.
// Only a macrotask yield (setImmediate, scheduler.yield()) lets timers and I/O run; awaiting an
// already-resolved promise queues a microtask, which runs before the loop gets its turn.
import { scheduler, setImmediate as immediate } from 'node:timers/promises';
import { burnCpu } from './cpu-work.ts';
import { ticksDuring } from './ticks.ts';

// #region slices
/** About `totalMs` of CPU work in 10 ms slices, calling `pause` between slices. */
async function inSlices(totalMs: number, pause: () => Promise<unknown>): Promise<void> {
  const end = performance.now() + totalMs;
  while (performance.now() < end) {
    burnCpu(10);
    await pause();
  }
}
// #endregion slices

// #region compare
const ways: [string, () => Promise<unknown> | void][] = [
  ['one piece', () => {
    burnCpu(300);
  }],
  ['slices, await Promise.resolve()', () => inSlices(300, () => Promise.resolve())],
  ['slices, await setImmediate()', () => inSlices(300, () => immediate())],
  ['slices, await scheduler.yield()', () => inSlices(300, () => scheduler.yield())],
];
for (const [label, work] of ways) {
  console.log(`${label}: ${await ticksDuring(work)} ticks`);
}
// #endregion compare
