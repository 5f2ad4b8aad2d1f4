/** Calls `handle` on every item, in order, pausing between batches of 100 so other work can run. */
export async function processInBatches(items: number[], handle: (item: number) => void): Promise<void> {
  for (let start = 0; start < items.length; start += 100) {
    for (const item of items.slice(start, start + 100)) handle(item);
    await Promise.resolve(); // let other work run
  }
}
