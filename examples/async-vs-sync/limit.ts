// Requires: Node 24.5+ (`await using` on a variable a closure captures: nodejs/node#58744)
// Deno: --allow-net
// Twenty requests, at most three in flight: a semaphore keeps the peak at the limit.
import { startLatencyServer } from '../lib/latency-server.ts';
import { Semaphore } from '../lib/semaphore.ts';
import { printSpans } from '../lib/spans.ts';

await using server = await startLatencyServer({ delayMs: 30 });
const urls = Array.from({ length: 20 }, (_, i) => `${server.url}item/${i}`);

// #region semaphore
const limit = new Semaphore(3);
const bodies = await Promise.all(
  urls.map((url) =>
    limit.run(async () => {
      const response = await fetch(url);
      return response.text();
    }),
  ),
);
// #endregion semaphore

console.log(`served ${server.served} requests, ${bodies.length} bodies in input order: ${bodies[0]} … ${bodies.at(-1)}`);
console.log(`peak in flight: ${server.peakInFlight} (limit 3)`);
printSpans('limit-3', server.spans); // each request as the server saw it
