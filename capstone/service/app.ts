// The HTTP app. It answers GET /health; step 1 adds GET /quotes/:sku (see capstone/README.md).
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';

export interface Services {
  /** The service's pino logger: Fastify logs with it, each request's lines from a child carrying its reqId. */
  log: FastifyBaseLogger;
}

export function buildApp(services: Services): FastifyInstance {
  const fastify = Fastify({ loggerInstance: services.log });
  fastify.get('/health', () => ({ ok: true }));
  return fastify;
}
