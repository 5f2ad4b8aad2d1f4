// Three requests in flight at once, each with its own request id that survives every await,
// without passing it down through each function.
// Requires: Node 24+ (native `await using`)
// Deno: --allow-net
import { AsyncLocalStorage } from 'node:async_hooks';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

// The demo holds every request until all three have arrived, so they are surely in flight together.
const allArrived = Promise.withResolvers<void>();
let arrived = 0;
const finishedOnServer: string[] = [];

// #region store
const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** Deep in the call stack: no request parameter, yet it knows which request it serves. */
function log(step: string, seen: string[]): void {
  seen.push(`${step}=${requestContext.getStore()?.requestId}`);
}

async function handle(delayMs: number): Promise<string[]> {
  const seen: string[] = [];
  log('start', seen);
  await allArrived.promise; // (demo only: until all three requests are in)
  await sleep(delayMs); // the other requests run here
  log('after sleep', seen);
  await Promise.resolve();
  log('after microtask', seen);
  finishedOnServer.push(requestContext.getStore()?.requestId ?? '?');
  return seen;
}

await using server = createServer((request, response) => {
  const requestId = String(request.headers['x-request-id']);
  const delayMs = Number(request.headers['x-delay']);
  requestContext.run({ requestId }, () => {
    handle(delayMs).then(
      (seen) => response.end(JSON.stringify(seen)),
      (error: unknown) => response.destroy(error as Error),
    );
  });
  if (++arrived === 3) allArrived.resolve(); // (demo only)
});
// #endregion store
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const { port } = server.address() as AddressInfo;

// #region requests
// Delays 90/30/60 ms: the requests overlap and finish in another order than they started.
const requests = [['a', 90], ['b', 30], ['c', 60]] as const;
const results = await Promise.all(
  requests.map(async ([id, delay]) => {
    const headers = { 'x-request-id': id, 'x-delay': String(delay) };
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers });
    return { id, seen: (await response.json()) as string[] };
  }),
);
console.log('finished on the server in order:', finishedOnServer.join(', '));
for (const { id, seen } of results) {
  const consistent = seen.every((entry) => entry.endsWith(`=${id}`));
  console.log(`request ${id}: ${seen.join(', ')} (consistent: ${consistent})`);
}
// #endregion requests
