// The first error stops every stage: the task group aborts their signal and settles once all have
// stopped, with no timer left active (the leak check would fail the run otherwise).
import { setTimeout as sleep } from 'node:timers/promises';
import { Channel } from '../lib/channel.ts';
import { runTaskGroup, type GroupTask } from '../lib/task-group.ts';
import { produce, workers, type Result } from './stages.ts';

// #region counted
const ended = { finished: 0, failed: 0, cancelled: 0 };
let running = 0;

/** Counts how each stage ended, and how many are still running. */
function counted(task: GroupTask<void>): GroupTask<void> {
  return async (signal) => {
    running++;
    try {
      await task(signal);
      ended.finished++;
    } catch (error) {
      ended[signal.aborted ? 'cancelled' : 'failed']++;
      throw error;
    } finally {
      running--;
    }
  };
}
// #endregion counted

// #region first-error
const jobs = new Channel<number>(2);
const results = new Channel<Result>(2);
const received: number[] = [];
let started = 0;

const stages: GroupTask<void>[] = [
  (signal) => produce(jobs, 20, signal),
  ...workers(3, jobs, results, async (job, signal) => {
    started++;
    await sleep(15, undefined, { signal });
    if (job === 5) throw new Error(`job ${job} failed`);
  }),
  async () => {
    for await (const result of results) received.push(result.job); // the consumer
  },
];
try {
  await runTaskGroup(stages.map(counted));
} catch (error) {
  if (!(error instanceof AggregateError)) throw error;
  console.log(`${error.message}:`, error.errors.map((e: Error) => e.message));
}
console.log(`jobs started: ${started} of 20`);
console.log(ended, `still running: ${running}`);
const timers = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout');
console.log(`timers still active: ${timers.length}`);
// #endregion first-error
