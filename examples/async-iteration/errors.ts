// Deno: --allow-net
// Errors cross an async generator both ways. One the generator throws (a page that fails) rejects
// the consumer's `for await` at that point, after the orders already yielded. One the loop body
// throws does not reach the generator's `catch`: the loop calls return(), so only its `finally` runs.
import { orders } from './orders.ts';
import { startOrdersApi } from './orders-api.ts';

// #region watched
/** Passes `source` through, saying what reaches its catch and its finally. */
async function* watched<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* source;
  } catch (error) {
    console.log(`  generator catch: ${(error as Error).message}`);
    throw error;
  } finally {
    console.log('  generator finally');
  }
}
// #endregion watched

const api = await startOrdersApi({ orders: 25, pageSize: 10, delayMs: 5, failingPage: 2 });
try {
  // #region generator-throws
  console.log('the generator throws:');
  const received: number[] = [];
  try {
    for await (const order of watched(orders(api.url))) received.push(order.id);
  } catch (error) {
    console.log(`  loop: ${(error as Error).message}, after ${received.length} orders`);
  }
  // #endregion generator-throws

  // #region body-throws
  console.log('the loop body throws:');
  try {
    for await (const order of watched(orders(api.url))) {
      if (order.id === 3) throw new Error(`order #${order.id} is invalid`);
    }
  } catch (error) {
    console.log(`  loop: ${(error as Error).message}`);
  }
  // #endregion body-throws
} finally {
  await api.close();
}
