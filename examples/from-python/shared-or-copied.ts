// Deno: --allow-read
// A worker thread gets a copy of what you post to it (the structured clone algorithm), so its
// changes stay in the worker until it posts them back. The Python twin (shared-or-copied.py) shows
// asyncio.to_thread sharing your objects with the thread.
import { once } from 'node:events';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

if (isMainThread) {
  // #region copied
  const prices = [20, 22];
  const worker = new Worker(new URL(import.meta.url));
  try {
    worker.postMessage(prices); // the worker receives a copy
    const [fromWorker] = (await once(worker, 'message')) as [number[]];
    console.log(`the worker's array: ${fromWorker.join(', ')}`);
    console.log(`your array: ${prices.join(', ')}`);
  } finally {
    await worker.terminate();
  }
  // #endregion copied
} else {
  parentPort?.once('message', (prices: number[]) => {
    prices.push(prices.reduce((sum, price) => sum + price, 0)); // changes the worker's copy
    parentPort?.postMessage(prices);
  });
}
