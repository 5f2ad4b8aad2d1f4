// Requires: Node 24.5+ (`await using` on a variable a closure captures: nodejs/node#58744)
// Deno: --allow-net
// withTimeout (examples/lib/timeout.ts) against a slow local server: the deadline aborts the
// request, the caller can cancel too, and nothing is left running either way.
import { withTimeout } from '../lib/timeout.ts';
import { startLatencyServer } from '../lib/latency-server.ts';

const describe = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

// #region with-timeout
await using server = await startLatencyServer({ delayMs: 10 });
const get = (delay: number) => (signal: AbortSignal) => fetch(`${server.url}?delay=${delay}`, { signal }).then((r) => r.text());

console.log('fast enough:', await withTimeout(get(10), 500));

try {
  await withTimeout(get(5_000), 50);
} catch (error) {
  console.log('too slow:', describe(error));
}

const caller = new AbortController();
setTimeout(() => caller.abort(new Error('request cancelled by the client')), 20);
try {
  await withTimeout(get(5_000), 1_000, { signal: caller.signal });
} catch (error) {
  console.log('cancelled:', describe(error));
}
// #endregion with-timeout
