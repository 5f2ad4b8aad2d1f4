// Requires: Node 24.5+ (`await using` on a variable a closure captures: nodejs/node#58744)
// Deno: --allow-net
// One request takes as long awaited as it would blocking; the gain appears with many requests in
// flight. A local server with 100 ms of latency counts how many requests it serves at once.
import { startLatencyServer } from '../lib/latency-server.ts';
import { printSpans } from '../lib/spans.ts';

await using server = await startLatencyServer({ delayMs: 100 });
const urls = Array.from({ length: 10 }, (_, i) => `${server.url}item/${i}`);

async function get(url: string): Promise<string> {
  const response = await fetch(url);
  return response.text();
}

await get(`${server.url}warm-up?delay=0`); // open the keep-alive connection before timing

// #region one
let started = performance.now();
await get(urls[0]!);
const one = performance.now() - started;
// #endregion one

// #region sequential
server.reset();
started = performance.now();
for (const url of urls) {
  await get(url); // the next request starts only when this one has finished
}
const sequential = performance.now() - started;
console.log(`sequential: peak in flight ${server.peakInFlight}, served ${server.served}`);
// #endregion sequential
const sequentialSpans = server.spans; // each request as the server saw it

// #region concurrent
server.reset();
started = performance.now();
await Promise.all(urls.map((url) => get(url))); // all ten are in flight together
const concurrent = performance.now() - started;
console.log(`concurrent: peak in flight ${server.peakInFlight}, served ${server.served}`);
// #endregion concurrent

console.log(`sequential took ${(sequential / one).toFixed(1)}× one request`);
console.log(`concurrent took ${(concurrent / one).toFixed(1)}× one request`);
console.log(`sequential/concurrent: ${(sequential / concurrent).toFixed(1)}×`);
printSpans('sequential', sequentialSpans);
printSpans('concurrent', server.spans);
