import { setImmediate as yieldToLoop } from 'node:timers/promises';

/** Calls `handle` on every item, in order, pausing between batches of 100 so other work can run. */
export async function processInBatches(items: number[], handle: (item: number) => void): Promise<void> {
  for (let start = 0; start < items.length; start += 100) {
    for (const item of items.slice(start, start + 100)) handle(item);
    // Back to the event loop: timers, I/O and other requests run before the next batch.
    await yieldToLoop();
  }
}
