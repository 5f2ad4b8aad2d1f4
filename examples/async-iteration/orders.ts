// An async generator over a paginated HTTP API (orders-api.ts): it fetches the next page only when
// the consumer asks for the next order. lazy.ts shows it at work.
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
