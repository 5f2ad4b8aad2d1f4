// The mistake: the stages under Promise.all, which rejects at once and aborts nothing. The program
// waits for the leftovers only to count them; a server would not.
import { setTimeout as sleep } from 'node:timers/promises';
import { Channel } from '../lib/channel.ts';
import { produce, workers, type Result } from './stages.ts';

const jobs = new Channel<number>(2);
const results = new Channel<Result>(2);
let done = 0;
let doneAtFailure = 0;
const received: number[] = [];

// #region leak
const signal = new AbortController().signal; // nothing aborts it: Promise.all knows no signal
const stages = [
  produce(jobs, 20, signal),
  ...workers(3, jobs, results, async (job, signal) => {
    await sleep(15, undefined, { signal });
    if (job === 5) throw new Error(`job ${job} failed`);
    done++;
  }).map((worker) => worker(signal)),
  (async () => {
    for await (const result of results) received.push(result.job); // the consumer
  })(),
];
try {
  await Promise.all(stages);
} catch (error) {
  doneAtFailure = done;
  console.log(`Promise.all rejected: ${(error as Error).message}; jobs done so far: ${done}`);
  const timers = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout');
  console.log(`timers still active: ${timers.length}`);
}
// #endregion leak
await Promise.allSettled(stages); // only to count what ran on
console.log(`jobs done after the pipeline had failed: ${done - doneAtFailure}`);
