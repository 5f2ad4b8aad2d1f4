// Requires: Node 24.3+, 22.18+ (the stall it measures: 24.2 and earlier report a share of 0)
// Measure before deciding: how long does a hot path hold the event loop? perf_hooks'
// monitorEventLoopDelay records how late the loop was; its max is the longest stall.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';

// A stand-in for the code under suspicion: serialise and parse a large report.
function buildReport(): number {
  const rows = Array.from({ length: 50_000 }, (_, i) => ({ id: i, name: `row ${i}`, tags: ['a', 'b'] }));
  return (JSON.parse(JSON.stringify(rows)) as unknown[]).length;
}

// #region measure
const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
await nextTurn(); // let the monitor start sampling
const start = performance.now();
buildReport(); // the hot path, run as it runs in production: inline
const hotPathMs = performance.now() - start;
await nextTurn(); // the loop turn that notices the stall
histogram.disable();

const maxDelayMs = histogram.max / 1e6;
console.log(`share of the hot path during which the loop was stalled: ${(maxDelayMs / hotPathMs).toFixed(2)}`);
// Compare maxDelayMs with your latency budget: over it, partition the work or move it to a worker.
// #endregion measure
