// Requires: Node 24+ (native `await using`)
// Deno: --allow-net
// HTTP client: the global fetch, against a local server (examples/lib/latency-server.ts).
import { startLatencyServer } from '../lib/latency-server.ts';

await using server = await startLatencyServer({ delayMs: 10 });

// #region http-client
const response = await fetch(new URL('greeting?lang=en', server.url));
console.log(`status: ${response.status}`);
console.log(`body: ${await response.text()}`);
// #endregion http-client
