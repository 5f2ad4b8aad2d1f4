// The stages of this page's pipelines: a producer, workers pulling from one channel (fan-out),
// and the fan-in that closes the results channel when the last worker stops.
import type { Channel } from '../lib/channel.ts';
import type { GroupTask } from '../lib/task-group.ts';

// #region stages
/** Puts jobs 1 to `count` into `jobs`, waiting while it is full; closes it however it ends. */
export async function produce(jobs: Channel<number>, count: number, signal: AbortSignal): Promise<void> {
  try {
    for (let job = 1; job <= count; job++) await jobs.put(job, { signal }); // backpressure
  } finally {
    jobs.close(); // workers take what is buffered, then their loops end
  }
}

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
// #endregion stages
