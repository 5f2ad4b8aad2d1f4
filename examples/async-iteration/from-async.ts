// Deno: --allow-net
// Array.fromAsync collects an async iterable into an array: every page, held in memory at once.
// With a mapping function it awaits each mapping before it calls the next, so it maps one at a
// time, where Promise.all over array.map runs every call at once. Async iterators have no take() of
// their own yet; a stream made from one has (Readable.from(…).take(n)).
import { Readable } from 'node:stream';
import { startLatencyServer } from '../lib/latency-server.ts';
import { orders } from './orders.ts';
import { startOrdersApi } from './orders-api.ts';

{
  const api = await startOrdersApi({ orders: 25, pageSize: 10, delayMs: 5 });
  try {
    // #region collect
    const all = await Array.fromAsync(orders(api.url));
    console.log(`${all.length} orders from ${api.answered} pages`);
    // #endregion collect
  } finally {
    await api.close();
  }
}

{
  const api = await startOrdersApi({ orders: 25, pageSize: 10, delayMs: 5 });
  try {
    // #region first-n
    const firstTwelve = await Readable.from(orders(api.url)).take(12).toArray();
    console.log(`${firstTwelve.length} orders from ${api.answered} pages`);
    // #endregion first-n
  } finally {
    await api.close();
  }
}

{
  const server = await startLatencyServer({ delayMs: 10 });
  try {
    // #region mapped
    const ids = [1, 2, 3, 4, 5];
    const fetchOne = async (id: number): Promise<string> => (await fetch(new URL(`item/${id}`, server.url))).text();

    await Array.fromAsync(ids, fetchOne);
    console.log(`Array.fromAsync(ids, fetchOne): at most ${server.peakInFlight} in flight`);
    server.reset();

    await Promise.all(ids.map(fetchOne));
    console.log(`Promise.all(ids.map(fetchOne)): at most ${server.peakInFlight} in flight`);
    // #endregion mapped
  } finally {
    await server.close();
  }
}
