// Requires: Node 24.5+ (`await using` on a variable a closure captures: nodejs/node#58744)
// Deno: --allow-net
// Concurrency is not parallelism: one JavaScript thread keeps many requests in flight at once.
// A local server with 300 ms of artificial latency counts how many requests it serves at the same time.
import { startLatencyServer } from '../lib/latency-server.ts';

await using server = await startLatencyServer({ delayMs: 300 });
const paths = ['a', 'b', 'c', 'd'];

async function get(path: string): Promise<string> {
  const response = await fetch(new URL(path, server.url));
  return response.text();
}

// #region sequential
for (const path of paths) {
  await get(path); // each request starts after the previous one answered
}
console.log(`sequential awaits: peak in flight ${server.peakInFlight}`);
// #endregion sequential

server.reset();

// #region concurrent
await Promise.all(paths.map((path) => get(path))); // all four start before any answers
console.log(`Promise.all: peak in flight ${server.peakInFlight}`);
// #endregion concurrent
