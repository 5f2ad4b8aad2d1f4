// Measuring a blocked loop: monitorEventLoopDelay() samples how late the loop is, and
// eventLoopUtilization() says what share of a window the loop was busy rather than idle.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

function block(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // CPU work that never yields
  }
}

// #region delay
const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
await sleep(50);
block(100);
await sleep(50);
histogram.disable();
const maxDelayMs = histogram.max / 1e6; // the histogram records nanoseconds
console.log(`max loop delay / forced block: ${(maxDelayMs / 100).toFixed(2)}`);
// #endregion delay

// #region utilization
const idleStart = performance.eventLoopUtilization();
await sleep(200);
const idle = performance.eventLoopUtilization(idleStart);

const busyStart = performance.eventLoopUtilization();
block(100);
await sleep(0);
const busy = performance.eventLoopUtilization(busyStart);
console.log(`utilization while sleeping: ${idle.utilization.toFixed(2)}, while blocked: ${busy.utilization.toFixed(2)}`);
// #endregion utilization
