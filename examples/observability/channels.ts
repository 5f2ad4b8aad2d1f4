// Deno: --allow-env --allow-net --allow-sys
// Every outgoing request seen without wrapping a client: node:http publishes on
// 'http.client.request.start', undici (behind Node's fetch, and the npm package) on
// 'undici:request:create'. The subscriber runs synchronously in the caller, so it logs with the
// request id of the request that made the call.
import type { ClientRequest } from 'node:http';
import { createServer, get } from 'node:http';
import { once } from 'node:events';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { AddressInfo } from 'node:net';
import { request as undiciRequest } from 'undici';
import { logger, requestContext } from './context-log.ts';

const server = createServer((_req, res) => res.end('ok')).listen(0, '127.0.0.1');
await once(server, 'listening');
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// #region subscribe
function onHttp(message: unknown): void {
  const { request } = message as { request: ClientRequest };
  logger.info({ client: 'node:http', method: request.method, path: request.path }, 'outgoing');
}
function onUndici(message: unknown): void {
  const { request } = message as { request: { method: string; path: string } };
  logger.info({ client: 'undici', method: request.method, path: request.path }, 'outgoing');
}
subscribe('http.client.request.start', onHttp);
subscribe('undici:request:create', onUndici);
// #endregion subscribe

// #region calls
await requestContext.run({ requestId: 'req-7' }, async () => {
  const { promise, resolve, reject } = Promise.withResolvers<void>();
  get(`${origin}/stock`, (res) => res.resume().on('end', resolve)).on('error', reject);
  await promise;
  await (await fetch(`${origin}/prices`)).text(); // Node's own fetch
  await (await undiciRequest(`${origin}/rates`)).body.text(); // the undici package
});
// #endregion calls

unsubscribe('http.client.request.start', onHttp);
unsubscribe('undici:request:create', onUndici);
server.close();
server.closeAllConnections();
await once(server, 'close');
