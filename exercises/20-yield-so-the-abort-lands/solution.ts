import { setImmediate as nextTurn } from 'node:timers/promises';

/** How many items run between two turns of the event loop. */
const CHUNK = 500;

/** Runs `work` on every item, in order, and stops when `signal` aborts. */
export async function processAll<T, R>(items: readonly T[], work: (item: T) => R, signal: AbortSignal): Promise<R[]> {
  const results: R[] = [];
  signal.throwIfAborted();
  for (const [index, item] of items.entries()) {
    if (index > 0 && index % CHUNK === 0) {
      await nextTurn(); // timers, I/O and the abort run here
      signal.throwIfAborted();
    }
    results.push(work(item));
  }
  return results;
}
