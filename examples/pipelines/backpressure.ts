// Backpressure end to end: the producer is at most 2 + 3 + 2 + 1 jobs ahead of a slow consumer.
import { setTimeout as sleep } from 'node:timers/promises';
import { Channel } from '../lib/channel.ts';
import { runTaskGroup } from '../lib/task-group.ts';
import { produce, workers, type Result } from './stages.ts';

// #region end-to-end
/** How many results the consumer had taken when the producer put its last job in. */
async function consumedWhenProduced(jobCapacity: number): Promise<number> {
  const jobs = new Channel<number>(jobCapacity);
  const results = new Channel<Result>(2);
  const consumed: number[] = [];
  let atLastPut = -1;
  await runTaskGroup([
    async (signal) => {
      await produce(jobs, 30, signal);
      atLastPut = consumed.length;
    },
    ...workers(3, jobs, results, (_job, signal) => sleep(1, undefined, { signal })),
    async (signal) => {
      for await (const result of results) {
        await sleep(4, undefined, { signal }); // the slow consumer
        consumed.push(result.job);
      }
    },
  ]);
  return atLastPut;
}

console.log(`jobs channel of 2: the last job went in after ${await consumedWhenProduced(2)} of 30 results`);
console.log(`jobs channel of 1000: the last job went in after ${await consumedWhenProduced(1000)} of 30 results`);
// #endregion end-to-end
