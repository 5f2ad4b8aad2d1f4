// The stages of this page's pipelines, shared by its examples: a producer that puts jobs into a
// bounded channel, workers that pull from it (fan-out) and put results into a second channel, and
// the fan-in that closes that channel when the last worker stops. Each stage is a function of an
// AbortSignal, so a task group can start it and cancel it.
import type { Channel } from '../lib/channel.ts';
import type { GroupTask } from '../lib/task-group.ts';

// #region produce
/** Puts jobs 1 to `count` into `jobs`, waiting while it is full; closes it however it ends. */
export async function produce(jobs: Channel<number>, count: number, signal: AbortSignal): Promise<void> {
  try {
    for (let job = 1; job <= count; job++) await jobs.put(job, { signal }); // backpressure
  } finally {
    jobs.close(); // workers take what is buffered, then their loops end
  }
}
// #endregion produce

// #region workers
export interface Result {
  job: number;
  worker: number;
}

export type Handle = (job: number, signal: AbortSignal) => Promise<void>;

/** `count` workers pulling from `jobs`; the last one to stop closes `results` (fan-in). */
export function workers(count: number, jobs: Channel<number>, results: Channel<Result>, handle: Handle): GroupTask<void>[] {
  let running = count;
  return Array.from({ length: count }, (_, index) => async (signal: AbortSignal) => {
    try {
      for await (const job of jobs) {
        await handle(job, signal);
        await results.put({ job, worker: index + 1 }, { signal }); // waits while the consumer is behind
      }
    } finally {
      if (--running === 0) results.close(); // Go's WaitGroup and closer, in one line
    }
  });
}
// #endregion workers
