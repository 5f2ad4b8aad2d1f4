// Fastify awaits async handlers and hooks: a returned value is the reply, a rejection goes to the
// error handler. What it cannot see is a reply.send() made later, outside the handler's promise.
// Requires: Node 24+ (native `await using`)
// Deno: --allow-env --allow-net --allow-sys
import { setTimeout as sleep } from 'node:timers/promises';
import Fastify, { type FastifyRequest } from 'fastify';

const logged: string[] = [];
const logStream = { write: (line: string) => logged.push(String((JSON.parse(line) as { msg: unknown }).msg)) };

// #region fastify
await using app = Fastify({ logger: { level: 'warn', stream: logStream } });

app.get('/user', async () => {
  await sleep(10); // a query, say
  return { name: 'Ada' }; // the return value is the body
});

app.get('/late', async (_request, reply) => {
  await sleep(10);
  setTimeout(() => void reply.send({ name: 'Ada' }), 20); // a callback API, outside the promise
  // missing: `return reply`, which tells Fastify the reply is sent elsewhere
});

app.get('/late-fixed', async (_request, reply) => {
  await sleep(10);
  setTimeout(() => void reply.send({ name: 'Ada' }), 20);
  return reply;
});

// A hook for every route would be app.addHook('preHandler', …); this one guards one route.
async function requireSession(request: FastifyRequest): Promise<void> {
  await sleep(10); // a session lookup, say
  if (request.headers.authorization === undefined) {
    throw Object.assign(new Error('not signed in'), { statusCode: 401 });
  }
}
app.get('/admin', { preHandler: requireSession }, () => ({ admin: true })); // never runs signed out

app.get('/fail', async () => {
  await sleep(10);
  throw new Error('query failed');
});
// #endregion fastify

// #region fastify-client
const base = await app.listen({ port: 0, host: '127.0.0.1' });
for (const path of ['/user', '/late', '/late-fixed', '/admin', '/fail']) {
  const response = await fetch(base + path);
  console.log(`${path}: ${response.status} ${JSON.stringify(await response.text())}`);
}
await sleep(50); // let /late's callback run into the already-sent reply
console.log(`Fastify logged: ${logged.join('; ')}`);
// #endregion fastify-client
