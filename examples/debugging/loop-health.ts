// Requires: Node 24+ (native `using`)
// The loop's health as a signal a service can export: the p99 of the event-loop delay and the
// loop's utilization over a window. A quiet window reads healthy; a window with long synchronous
// work reads degraded. Only the verdicts are printed: the numbers depend on the machine.
import { monitorEventLoopDelay, performance, type EventLoopUtilization } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/** Holds the thread for `ms` milliseconds, as a large JSON.parse or a sync call would. */
function blockFor(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

// #region health
/** Samples the loop; each `check()` reports on the window since the previous one. */
function loopHealth({ maxDelayMs = 100, maxUtilization = 0.9 } = {}) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let since: EventLoopUtilization = performance.eventLoopUtilization();
  return {
    check() {
      const p99Ms = delay.percentile(99) / 1e6; // the histogram is in nanoseconds
      const utilization = performance.eventLoopUtilization(since).utilization;
      since = performance.eventLoopUtilization();
      delay.reset();
      return { healthy: p99Ms <= maxDelayMs && utilization <= maxUtilization, p99Ms, utilization };
    },
    [Symbol.dispose]() {
      delay.disable();
    },
  };
}
// #endregion health

// #region windows
using health = loopHealth();
await sleep(300); // a quiet window: the loop waits
const quiet = health.check();
console.log(`quiet window: healthy ${quiet.healthy}, utilization below 0.5: ${quiet.utilization < 0.5}`);
for (let i = 0; i < 3; i++) {
  blockFor(150); // a busy window: three 150 ms blocks
  await sleep(1);
}
const busy = health.check();
console.log(`busy window: healthy ${busy.healthy}, p99 delay above 100 ms: ${busy.p99Ms > 100}, utilization above 0.9: ${busy.utilization > 0.9}`);
// #endregion windows
