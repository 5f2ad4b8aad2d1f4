// An async generator over a paginated HTTP API: it fetches the next page only when the consumer
// asks for the next order, so calling orders() sends nothing and a consumer that stops early
// leaves the remaining pages unfetched.
import { startOrdersApi } from './orders-api.ts';

// #region generator
export interface Order {
  id: number;
  total: number;
}

/** Every order, page by page. A page is fetched when the consumer asks for its first order. */
export async function* orders(firstPage: string, options: { signal?: AbortSignal } = {}): AsyncGenerator<Order> {
  let url: string | null = firstPage;
  for (let page = 1; url !== null; page++) {
    const response = await fetch(url, { signal: options.signal ?? null });
    if (!response.ok) throw new Error(`page ${page}: HTTP ${response.status}`);
    const body = (await response.json()) as { orders: Order[]; next: string | null };
    yield* body.orders; // one order at a time, from the page in hand
    url = body.next === null ? null : new URL(body.next, url).href;
  }
}
// #endregion generator

if (import.meta.main) {
  await using api = await startOrdersApi({ orders: 25, pageSize: 10, delayMs: 5 });
  // #region lazy
  const all = orders(api.url);
  console.log(`pages fetched after orders(): ${api.answered}`);
  let count = 0;
  for await (const order of all) {
    count++;
    if (order.id % 10 === 1) console.log(`order #${order.id}: pages fetched ${api.answered}`);
  }
  console.log(`${count} orders from ${api.answered} pages`);
  // #endregion lazy
}
