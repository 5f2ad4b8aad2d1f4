// Deno: --allow-net
// A `for await` loop can stop only between orders: while the generator waits for the next page,
// the loop body is not running, and a return() waits behind the pending next(). A signal passed
// into the generator, and by it to fetch, stops the wait itself.
import { orders } from './orders.ts';
import { startOrdersApi } from './orders-api.ts';

// Page 2 is slow; every other page answers in 5 ms.
const slowSecondPage = (page: number): number => (page === 2 ? 400 : 5);

{
  const api = await startOrdersApi({ orders: 25, pageSize: 10, delayMs: slowSecondPage });
  try {
    // #region signal
    const received: number[] = [];
    try {
      // A deadline for the whole listing, handed to the generator, which hands it to fetch.
      for await (const order of orders(api.url, { signal: AbortSignal.timeout(100) })) {
        received.push(order.id); // process the order
      }
    } catch (error) {
      console.log(`${(error as Error).name} after ${received.length} orders`);
    }
    console.log(`pages answered: ${api.answered}`);
    // #endregion signal
  } finally {
    await api.close();
  }
}

{
  const api = await startOrdersApi({ orders: 25, pageSize: 10, delayMs: (page) => (page === 2 ? 50 : 5) });
  try {
    // #region queued
    const pages = orders(api.url); // no signal this time
    for (let i = 0; i < 10; i++) await pages.next(); // page 1's ten orders
    const settled: string[] = [];
    const next = pages.next().then(() => settled.push('next() (page 2 arrived)'));
    const closed = pages.return(undefined).then(() => settled.push('return()'));
    await Promise.all([next, closed]);
    console.log(`settled in order: ${settled.join(', ')}; pages answered: ${api.answered}`);
    // #endregion queued
  } finally {
    await api.close();
  }
}
