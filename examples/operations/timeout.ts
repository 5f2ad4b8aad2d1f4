// Requires: Node 24+ (native `await using`)
// Deno: --allow-net
// Timeout: AbortSignal.timeout gives a signal that aborts itself; pass it to the operation.
import { setTimeout as sleep } from 'node:timers/promises';
import { startLatencyServer } from '../lib/latency-server.ts';

await using server = await startLatencyServer({ delayMs: 2_000 });

// #region timeout
// fetch rejects with the signal's reason: a DOMException named TimeoutError.
try {
  await fetch(server.url, { signal: AbortSignal.timeout(50) });
} catch (error) {
  console.log(`fetch: ${(error as Error).name}`);
}

// Node's own APIs reject with an AbortError whose cause is that reason.
try {
  await sleep(2_000, undefined, { signal: AbortSignal.timeout(50) });
} catch (error) {
  console.log(`sleep: ${(error as Error).name}, cause: ${((error as Error).cause as Error).name}`);
}
// #endregion timeout
console.log(`requests answered: ${server.served}`);
