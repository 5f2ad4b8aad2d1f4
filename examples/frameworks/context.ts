// A request id that every function a request reaches can read, without passing it down: set once by
// the framework's first middleware (Express) or hook (Fastify), kept across every await. Three
// overlapping requests per framework.
// Requires: Node 24+ (native `await using`)
// Deno: --allow-env --allow-net
import { AsyncLocalStorage } from 'node:async_hooks';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import express from 'express';
import Fastify from 'fastify';

// #region store
const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** Deep in the call stack: no request parameter, yet it knows which request it serves. */
function currentRequest(): string {
  return requestContext.getStore()?.requestId ?? 'none';
}

async function loadOrder(delayMs: number): Promise<string> {
  const before = currentRequest();
  await sleep(delayMs); // the other requests run here
  return `${before}→${currentRequest()}`;
}
// #endregion store

// #region express-middleware
const app = express();
app.use((req, _res, next) => {
  requestContext.run({ requestId: String(req.headers['x-request-id']) }, next);
});
app.get('/order', async (req, res) => {
  res.send(await loadOrder(Number(req.query['delay'])));
});
// #endregion express-middleware

// #region fastify-hook
await using fastify = Fastify();
fastify.addHook('onRequest', (request, _reply, done) => {
  requestContext.run({ requestId: String(request.headers['x-request-id']) }, done);
});
fastify.get<{ Querystring: { delay: string } }>('/order', async (request) => loadOrder(Number(request.query.delay)));
// #endregion fastify-hook

await using expressServer = app.listen(0, '127.0.0.1');
await once(expressServer, 'listening');
const expressUrl = `http://127.0.0.1:${(expressServer.address() as AddressInfo).port}`;
const fastifyUrl = await fastify.listen({ port: 0, host: '127.0.0.1' });

// #region overlapping
for (const [name, base] of [['Express', expressUrl], ['Fastify', fastifyUrl]] as const) {
  const requests = [['a', 60], ['b', 20], ['c', 40]] as const;
  const seen = await Promise.all(
    requests.map(async ([id, delay]) => {
      const response = await fetch(`${base}/order?delay=${delay}`, { headers: { 'x-request-id': id } });
      return `${id}: ${await response.text()}`;
    }),
  );
  console.log(`${name}: ${seen.join(', ')}`);
}
// #endregion overlapping
