export type Job<T> = (signal: AbortSignal) => Promise<T>;

/**
 * Runs `jobs` with at most `concurrency` at once; the values come back in the order of `jobs`.
 * The first failure stops the pool: no job starts after it, the running jobs' signal aborts, and
 * runPool rejects with that failure once every running job has stopped.
 */
export async function runPool<T>(jobs: readonly Job<T>[], concurrency: number): Promise<T[]> {
  const values: T[] = [];
  const controller = new AbortController();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length && !controller.signal.aborted) {
      const index = next++;
      const job = jobs[index];
      try {
        if (job) values[index] = await job(controller.signal);
      } catch (error) {
        if (!controller.signal.aborted) controller.abort(error); // the first failure stops the rest
        throw error;
      }
    }
  };
  // Wait for every worker, failed or not, so no job outlives the call.
  await Promise.allSettled(Array.from({ length: concurrency }, worker));
  if (controller.signal.aborted) throw controller.signal.reason;
  return values;
}
