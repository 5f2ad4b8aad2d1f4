// The HTTP app: GET /health, and GET /quotes/:sku, which reads the product from Postgres, asks both
// upstreams at once for its price and stock, writes an audit row and answers the combination. Every
// failure reaches the one error handler, which answers the status and JSON error of errors.ts.
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { noRoute, notFound, toHttpError } from './errors.ts';
import type { Database } from './database.ts';
import type { UpstreamClient } from './upstreams.ts';

export interface Services {
  /** The service's pino logger: Fastify logs with it, each request's lines from a child carrying its reqId. */
  log: FastifyBaseLogger;
  database: Database;
  prices: UpstreamClient;
  stock: UpstreamClient;
}

// #region both
/** Runs `first` and `second` at once; when one fails, the failure is thrown. */
async function both<A, B>(first: () => Promise<A>, second: () => Promise<B>): Promise<[A, B]> {
  return Promise.all([first(), second()]);
}
// #endregion both

export function buildApp(services: Services): FastifyInstance {
  const { log, database, prices, stock } = services;
  const fastify = Fastify({ loggerInstance: log });

  fastify.setErrorHandler((error, request, reply) => {
    const failure = toHttpError(error, undefined);
    if (failure.status >= 500) request.log.warn({ err: error, error: failure.code }, 'request failed');
    if (failure.retryAfterS !== undefined) reply.header('retry-after', String(failure.retryAfterS));
    return reply.code(failure.status).send({ error: failure.code, message: failure.message });
  });
  // An error given to reply.send goes to the error handler above, like a thrown one.
  fastify.setNotFoundHandler((request, reply) => reply.send(noRoute(request.method, request.url)));

  fastify.get('/health', () => ({ ok: true }));

  fastify.get<{ Params: { sku: string } }>('/quotes/:sku', async (request) => {
    const { sku } = request.params;
    const [product] = await database.query<{ name: string }>('SELECT name FROM products WHERE sku = $1', [sku]);
    if (!product) throw notFound(sku);
    // #region calls
    const path = encodeURIComponent(sku);
    const [price, stockLevel] = await both(
      () => prices.get<{ price: number }>(`/prices/${path}`),
      () => stock.get<{ available: boolean }>(`/stock/${path}`),
    );
    // #endregion calls
    // Written once, never retried: an INSERT repeated after a lost answer would write two rows.
    await database.query('INSERT INTO audits (request_id, sku, outcome) VALUES ($1, $2, $3)', [request.id, sku, 'ok']);
    return { sku, name: product.name, price: price.price, available: stockLevel.available };
  });

  return fastify;
}
