// A worker pool on the bounded channel; closing it ends the workers' loops. Twin: worker-pool.py.
import { setTimeout as sleep } from 'node:timers/promises';
import { Channel } from '../lib/channel.ts';
import { runTaskGroup } from '../lib/task-group.ts';

// #region pool
async function worker(jobs: Channel<number>, done: number[], signal: AbortSignal): Promise<void> {
  for await (const job of jobs) {
    await sleep(5, undefined, { signal }); // the work
    done.push(job);
  }
}

const jobs = new Channel<number>(2);
const done: number[] = [];
await runTaskGroup([
  async (signal) => {
    try {
      for (let job = 1; job <= 12; job++) await jobs.put(job, { signal }); // waits while 2 are buffered
    } finally {
      jobs.close(); // no more jobs: each worker's loop ends once the channel is empty
    }
  },
  ...[1, 2, 3].map(() => (signal: AbortSignal) => worker(jobs, done, signal)),
]);
const eachOnce = done.toSorted((a, b) => a - b).every((job, i) => job === i + 1);
console.log(`${done.length} jobs done by 3 workers, each once: ${eachOnce}`);
// #endregion pool
