// A recorded run that blocks the loop and recovers: five windows of the loop's utilization and its
// longest delay, 250 ms of synchronous work in the middle one. Then what reset() misses. Only claims
// are checked: the numbers depend on the machine.
import { monitorEventLoopDelay, performance, type EventLoopUtilization } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/** Holds the thread for `ms` milliseconds, as a large JSON.parse or a sync crypto call would. */
function blockFor(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

// #region sample
const delay = monitorEventLoopDelay({ resolution: 10 }); // a 10 ms timer; its lateness is the delay
delay.enable();
let since: EventLoopUtilization = performance.eventLoopUtilization();

/** The window since the previous call: the share of time the loop was busy, and its longest delay. */
function endWindow(): { utilization: number; maxDelayMs: number } {
  const utilization = performance.eventLoopUtilization(since).utilization;
  const maxDelayMs = delay.max / 1e6; // the histogram is in nanoseconds
  since = performance.eventLoopUtilization();
  delay.reset();
  return { utilization, maxDelayMs };
}
// #endregion sample

// #region run
const windows: [string, { utilization: number; maxDelayMs: number }][] = [];
for (const name of ['before1', 'before2', 'blocked', 'after1', 'after2']) {
  await sleep(50);
  if (name === 'blocked') blockFor(250); // one handler that never awaits
  await sleep(50);
  windows.push([name, endWindow()]);
}
// #endregion run

// #region print
for (const [name, { utilization, maxDelayMs }] of windows) {
  console.log(`${name}: utilization ${utilization.toFixed(2)}, longest delay ${Math.round(maxDelayMs)} ms`);
}
// #endregion print

// #region reset
delay.reset(); // the next timer interval starts the count again: it is not measured
blockFor(150);
await sleep(30);
console.log(`150 ms blocked right after reset(): longest delay ${Math.round(delay.max / 1e6)} ms`);
delay.disable();
// #endregion reset
