// Deno: --allow-net
// Load shedding: a service that can work on 2 requests at once gets a burst of 24. One queues
// everything (p-limit), so every answer waits behind the whole queue; the other (cockatiel's
// bulkhead) queues at most 4 and answers the rest at once with 503 and Retry-After.
import { bulkhead, BulkheadRejectedError } from 'cockatiel';
import { createServer, type RequestListener } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import pLimit from 'p-limit';

const work = (): Promise<void> => sleep(40); // what one request costs the service: 40 ms at 2 at once

// #region queue-everything
const limit = pLimit(2); // 2 at once, and a queue without bound
const queueEverything: RequestListener = (_request, response) => {
  void limit(work).then(() => response.end('done'));
};
// #endregion queue-everything

// #region shed
const admission = bulkhead(2, 4); // 2 at once, at most 4 waiting
const shedding: RequestListener = (_request, response) => {
  admission.execute(work).then(
    () => response.end('done'),
    (error: unknown) => {
      if (!(error instanceof BulkheadRejectedError)) throw error;
      response.writeHead(503, { 'Retry-After': '1' }).end('busy: retry later');
    },
  );
};
// #endregion shed

// #region burst
interface Answer {
  status: number;
  ms: number;
  retryAfter: string | null;
}
async function burst(listener: RequestListener, requests: number): Promise<Answer[]> {
  const server = createServer((request, response) => (request.url === '/warm' ? response.end() : listener(request, response)));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  try {
    // Open the connections first, so the burst arrives at once, as it does from many clients.
    await Promise.all(Array.from({ length: requests }, async () => (await fetch(`http://127.0.0.1:${port}/warm`)).text()));
    return await Promise.all(Array.from({ length: requests }, async () => {
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/`);
      await response.text();
      return { status: response.status, ms: performance.now() - started, retryAfter: response.headers.get('retry-after') };
    }));
  } finally {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  }
}
// #endregion burst

// #region compare
const queued = await burst(queueEverything, 24);
const shed = await burst(shedding, 24);
const slowest = (answers: Answer[]): number => Math.max(...answers.filter((a) => a.status === 200).map((a) => a.ms));
const rejected = shed.filter((a) => a.status === 503);
console.log(`queue everything: ${queued.filter((a) => a.status === 200).length} × 200`);
console.log(`shed past 4 waiting: ${shed.length - rejected.length} × 200, ${rejected.length} × 503 (Retry-After: ${rejected[0]?.retryAfter})`);
console.log(`slowest 200: ${(slowest(queued) / slowest(shed)).toFixed(1)}× slower when everything queues`);
const median = (answers: Answer[]): number => answers.map((a) => a.ms).toSorted((a, b) => a - b)[answers.length >> 1] ?? Number.NaN;
console.log(`the median caller had its answer (200 or 503) ${(median(queued) / median(shed)).toFixed(0)}× sooner with shedding`);
// #endregion compare
