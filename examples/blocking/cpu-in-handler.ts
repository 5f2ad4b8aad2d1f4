// Requires: Node 24.2+ (`Worker[Symbol.asyncDispose]`)
// Deno: --allow-net --allow-read
// CPU work inside a request handler stops the whole server: a fast request that arrives while a
// slow one is being computed waits for it. Moving the work to a worker thread frees the loop.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { burnCpu } from './cpu-work.ts';

// #region inline
function inlineHandler(request: IncomingMessage, response: ServerResponse): void {
  if (request.url === '/slow') burnCpu(300); // 300 ms during which this thread serves no one
  response.end('done');
}
// #endregion inline

// #region offload
async function inWorker(ms: number): Promise<number> {
  await using worker = new Worker(new URL('./cpu-work.ts', import.meta.url), { workerData: ms });
  const [iterations] = (await once(worker, 'message')) as [number];
  return iterations;
}

function offloadingHandler(request: IncomingMessage, response: ServerResponse): void {
  if (request.url !== '/slow') {
    response.end('done');
    return;
  }
  inWorker(300).then(
    () => response.end('done'),
    (error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    },
  );
}
// #endregion offload

async function completionOrder(handler: typeof inlineHandler): Promise<string> {
  await using server = createServer(handler).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await using client = new Worker(new URL('./load.ts', import.meta.url), { workerData: `http://127.0.0.1:${port}/` });
  // Tell the client when /slow has arrived, before the handler runs, so /fast is sent during the work.
  server.prependListener('request', (request: IncomingMessage) => {
    if (request.url === '/slow') client.postMessage('slow arrived');
  });
  const [order] = (await once(client, 'message')) as [string];
  server.closeAllConnections();
  return order;
}

console.log(`CPU work in the handler: ${await completionOrder(inlineHandler)}`);
console.log(`CPU work in a worker:    ${await completionOrder(offloadingHandler)}`);
