// A concurrency limiter (a semaphore) when one task fails: Promise.all rejects at once, but the
// limiter knows nothing about it, so every queued task still starts later. Abort the queue instead.
import { setTimeout as sleep } from 'node:timers/promises';
import { Semaphore } from '../lib/semaphore.ts';

const log: string[] = [];
async function job(id: number, signal?: AbortSignal): Promise<number> {
  log.push(`start ${id}`);
  await sleep(id === 2 ? 5 : 20, undefined, { signal });
  if (id === 2) throw new Error('job 2 failed');
  return id;
}

// #region keeps-going
const semaphore = new Semaphore(2);
const jobs = [1, 2, 3, 4, 5, 6];
try {
  await Promise.all(jobs.map((id) => semaphore.run(() => job(id))));
} catch (error) {
  log.push(`all rejected: ${(error as Error).message}`);
}
await sleep(100); // the queue drains on its own, long after the caller has moved on
console.log(`no abort: ${log.join(', ')}`);
// #endregion keeps-going

// #region abort-queue
// One controller for the batch: the first failure aborts it; queued jobs see the signal before they
// start, running ones through their own APIs; allSettled waits until every job has stopped.
async function runLimited(ids: number[], limit: number): Promise<number[]> {
  const limiter = new Semaphore(limit);
  const controller = new AbortController();
  const settled = await Promise.allSettled(
    ids.map((id) =>
      limiter.run(async () => {
        controller.signal.throwIfAborted(); // queued when the batch failed: do not start
        try {
          return await job(id, controller.signal);
        } catch (error) {
          if (!controller.signal.aborted) controller.abort(error); // the first failure stops the rest
          throw error;
        }
      }),
    ),
  );
  if (controller.signal.aborted) throw controller.signal.reason;
  return settled.map((result) => (result.status === 'fulfilled' ? result.value : 0));
}

log.length = 0;
try {
  await runLimited(jobs, 2);
} catch (error) {
  log.push(`batch rejected: ${(error as Error).message}`);
}
console.log(`abort on failure: ${log.join(', ')}`);
// #endregion abort-queue
