// A worker pool run as one task group. Every job takes 15 ms, so the workers take the jobs in turn
// on every run; the lines after the region are the timeline.
import { setTimeout as sleep } from 'node:timers/promises';
import { Channel } from '../lib/channel.ts';
import { runTaskGroup } from '../lib/task-group.ts';
import { produce, workers, type Result } from './stages.ts';

const ran = new Map<number, { start: number; end: number }>();

// #region pipeline
const jobs = new Channel<number>(2);
const results = new Channel<Result>(2);
const merged: Result[] = [];

await runTaskGroup([
  (signal) => produce(jobs, 9, signal),
  ...workers(3, jobs, results, async (job, signal) => {
    const start = performance.now();
    await sleep(15, undefined, { signal }); // the work
    ran.set(job, { start, end: performance.now() });
  }),
  async () => {
    for await (const result of results) merged.push(result); // fan-in: one loop reads every worker
  },
]);
console.log(`${merged.length} results, every job once: ${new Set(merged.map((r) => r.job)).size === 9}`);
// #endregion pipeline

const zero = Math.min(...[...ran.values()].map((span) => span.start));
for (const { job, worker } of merged.toSorted((a, b) => a.worker - b.worker || a.job - b.job)) {
  const span = ran.get(job);
  if (span) console.log(`worker-${worker} job/${job}: ${Math.round(span.start - zero)}–${Math.round(span.end - zero)} ms`);
}
