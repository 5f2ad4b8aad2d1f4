export type Job<T> = (signal: AbortSignal) => Promise<T>;

/**
 * Runs `jobs` with at most `concurrency` at once; the values come back in the order of `jobs`.
 * The first failure should stop the pool: no job starts after it, the running jobs' signal aborts,
 * and runPool rejects with that failure once every running job has stopped.
 */
export async function runPool<T>(jobs: readonly Job<T>[], concurrency: number): Promise<T[]> {
  const values: T[] = [];
  const controller = new AbortController();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const index = next++;
      const job = jobs[index];
      if (job) values[index] = await job(controller.signal);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return values;
}
