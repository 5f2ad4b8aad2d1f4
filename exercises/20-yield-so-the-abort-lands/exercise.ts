/** Runs `work` on every item, in order, and stops when `signal` aborts. */
export async function processAll<T, R>(items: readonly T[], work: (item: T) => R, signal: AbortSignal): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) {
    signal.throwIfAborted();
    results.push(work(item));
  }
  return results;
}
