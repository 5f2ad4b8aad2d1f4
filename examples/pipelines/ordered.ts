// Results as they finish and in job order. Each job takes a number of event-loop turns rather than
// milliseconds, so the finishing order is the same on every run, however busy the machine.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Channel } from '../lib/channel.ts';
import { runTaskGroup } from '../lib/task-group.ts';
import { produce, workers, type Result } from './stages.ts';

const turns = [8, 2, 5, 1, 3, 6]; // job 1 takes 8 turns of the event loop, job 2 takes 2, …

async function work(job: number, signal: AbortSignal): Promise<void> {
  for (let turn = 0; turn < (turns[job - 1] ?? 0); turn++) await nextTurn(undefined, { signal });
}

// #region in-order
/** Yields results in job order (jobs count from 1), holding back the ones that come early. */
async function* inOrder(results: AsyncIterable<Result>, onHold: (held: number) => void): AsyncGenerator<Result> {
  const early = new Map<number, Result>();
  let next = 1;
  for await (const result of results) {
    early.set(result.job, result);
    for (let ready = early.get(next); ready; ready = early.get(next)) {
      early.delete(next++);
      yield ready;
    }
    onHold(early.size); // waiting for a slower job before them
  }
}
// #endregion in-order

// #region orders
const jobs = new Channel<number>(2);
const results = new Channel<Result>(2);
const finished: number[] = [];
const ordered: number[] = [];
let mostHeld = 0;

async function* asTheyFinish(): AsyncGenerator<Result> {
  for await (const result of results) {
    finished.push(result.job);
    yield result;
  }
}

await runTaskGroup([
  (signal) => produce(jobs, turns.length, signal),
  ...workers(3, jobs, results, work),
  async () => {
    for await (const result of inOrder(asTheyFinish(), (held) => (mostHeld = Math.max(mostHeld, held)))) ordered.push(result.job);
  },
]);
console.log('as they finish:', finished.join(' '));
console.log('in job order:  ', ordered.join(' '));
console.log(`results held back at most: ${mostHeld}`);
// #endregion orders
