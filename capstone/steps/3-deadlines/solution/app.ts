// The HTTP app: GET /health, and GET /quotes/:sku, which reads the product from Postgres, asks both
// upstreams at once for its price and stock, writes an audit row and answers the combination. Every
// call gets the request's deadline signal; every failure reaches the one error handler, which
// answers the status and JSON error of errors.ts.
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { startDeadline, type Deadline } from './deadline.ts';
import { noRoute, notFound, toHttpError } from './errors.ts';
import type { Database } from './database.ts';
import type { UpstreamClient } from './upstreams.ts';

declare module 'fastify' {
  interface FastifyRequest {
    deadline: Deadline | undefined;
  }
}

export interface Services {
  /** The service's pino logger: Fastify logs with it, each request's lines from a child carrying its reqId. */
  log: FastifyBaseLogger;
  database: Database;
  prices: UpstreamClient;
  stock: UpstreamClient;
  deadlineMs: number;
}

// #region both
/** Runs `first` and `second` at once; when one fails, the other is aborted and the failure thrown. */
async function both<A, B>(signal: AbortSignal, first: (signal: AbortSignal) => Promise<A>, second: (signal: AbortSignal) => Promise<B>): Promise<[A, B]> {
  const sibling = new AbortController();
  const combined = AbortSignal.any([signal, sibling.signal]);
  const stopOthers = (error: unknown): never => {
    sibling.abort(error);
    throw error;
  };
  return Promise.all([first(combined).catch(stopOthers), second(combined).catch(stopOthers)]);
}
// #endregion both

export function buildApp(services: Services): FastifyInstance {
  const { log, database, prices, stock, deadlineMs } = services;
  const fastify = Fastify({ loggerInstance: log });

  // #region hooks
  fastify.decorateRequest('deadline', undefined);
  fastify.addHook('onRequest', (request, _reply, done) => {
    request.deadline = startDeadline(deadlineMs);
    done();
  });
  fastify.addHook('onResponse', (request, _reply, done) => {
    request.deadline?.[Symbol.dispose]();
    done();
  });
  // #endregion hooks

  fastify.setErrorHandler((error, request, reply) => {
    const failure = toHttpError(error, request.deadline?.signal);
    if (failure.status >= 500) request.log.warn({ err: error, error: failure.code }, 'request failed');
    if (failure.retryAfterS !== undefined) reply.header('retry-after', String(failure.retryAfterS));
    return reply.code(failure.status).send({ error: failure.code, message: failure.message });
  });
  // An error given to reply.send goes to the error handler above, like a thrown one.
  fastify.setNotFoundHandler((request, reply) => reply.send(noRoute(request.method, request.url)));

  fastify.get('/health', () => ({ ok: true }));

  fastify.get<{ Params: { sku: string } }>('/quotes/:sku', async (request) => {
    const { sku } = request.params;
    const { signal } = request.deadline as Deadline;
    const [product] = await database.query<{ name: string }>('SELECT name FROM products WHERE sku = $1', [sku], signal);
    if (!product) throw notFound(sku);
    const path = encodeURIComponent(sku);
    const [price, stockLevel] = await both(
      signal,
      (s) => prices.get<{ price: number }>(`/prices/${path}`, s),
      (s) => stock.get<{ available: boolean }>(`/stock/${path}`, s),
    );
    // Written once, never retried: an INSERT repeated after a lost answer would write two rows.
    await database.query('INSERT INTO audits (request_id, sku, outcome) VALUES ($1, $2, $3)', [request.id, sku, 'ok'], signal);
    return { sku, name: product.name, price: price.price, available: stockLevel.available };
  });

  return fastify;
}
