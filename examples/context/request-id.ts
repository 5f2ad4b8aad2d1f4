// Three requests in flight at once, each with its own request id that survives every await,
// without passing it down through each function.
import { AsyncLocalStorage } from 'node:async_hooks';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

// #region store
const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/** Deep in the call stack: no request parameter, yet it knows which request it serves. */
function log(step: string, seen: string[]): void {
  seen.push(`${step}=${requestContext.getStore()?.requestId}`);
}

async function handle(delayMs: number): Promise<string[]> {
  const seen: string[] = [];
  log('start', seen);
  await sleep(delayMs); // the other requests run here
  log('after sleep', seen);
  await Promise.resolve();
  log('after microtask', seen);
  return seen;
}

await using server = createServer((request, response) => {
  const requestId = request.headers['x-request-id'] as string;
  const delayMs = Number(request.headers['x-delay']);
  requestContext.run({ requestId }, () => {
    handle(delayMs).then(
      (seen) => response.end(JSON.stringify(seen)),
      (error: unknown) => response.destroy(error as Error),
    );
  });
});
// #endregion store
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const { port } = server.address() as AddressInfo;

// #region requests
// Delays 90/30/60 ms: the requests overlap and finish in a different order than they started.
const requests = [['a', 90], ['b', 30], ['c', 60]] as const;
const finished: string[] = [];
const results = await Promise.all(
  requests.map(async ([id, delay]) => {
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { 'x-request-id': id, 'x-delay': String(delay) } });
    const seen = (await response.json()) as string[];
    finished.push(id);
    return { id, seen };
  }),
);
console.log('finished in order:', finished.join(', '));
for (const { id, seen } of results) {
  const consistent = seen.every((entry) => entry.endsWith(`=${id}`));
  console.log(`request ${id}: ${seen.join(', ')} (consistent: ${consistent})`);
}
// #endregion requests
