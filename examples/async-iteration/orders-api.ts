/**
 * A local paginated HTTP API on 127.0.0.1 for the async-iteration samples: `GET /orders?page=N`
 * answers `{ orders: [...], next: '/orders?page=N+1' | null }` after a delay, and counts the
 * pages it has answered. Close it when done (the samples run on Node 22, which has no `await using`).
 * @module
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OrdersApiOptions {
  /** How many orders there are in all (ids 1, 2, …). */
  orders: number;
  /** Orders per page. */
  pageSize: number;
  /** How long each answer takes, in milliseconds; a function gives each page its own delay. */
  delayMs: number | ((page: number) => number);
  /** A page that answers HTTP 500 instead. */
  failingPage?: number;
}

export interface OrdersApi extends AsyncDisposable {
  /** The first page's URL. */
  readonly url: string;
  /** How many pages have been answered. */
  readonly answered: number;
  /** Stops listening and waits until the server is closed. */
  close(): Promise<void>;
}

export async function startOrdersApi(options: OrdersApiOptions): Promise<OrdersApi> {
  let answered = 0;
  const server = createServer((request, response) => {
    const page = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('page') ?? 1);
    const delay = typeof options.delayMs === 'number' ? options.delayMs : options.delayMs(page);
    const timer = setTimeout(() => {
      answered++;
      if (page === options.failingPage) {
        response.writeHead(500).end();
        return;
      }
      const first = (page - 1) * options.pageSize + 1;
      const last = Math.min(page * options.pageSize, options.orders);
      const orders = Array.from({ length: last - first + 1 }, (_, i) => ({ id: first + i, total: (first + i) * 10 }));
      const next = last < options.orders ? `/orders?page=${page + 1}` : null;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ orders, next }));
    }, delay);
    // A client that gives up (an aborted fetch) must not leave the timer running.
    response.on('close', () => clearTimeout(timer));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const close = async (): Promise<void> => {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  };
  return {
    url: `http://127.0.0.1:${port}/orders?page=1`,
    get answered() {
      return answered;
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
