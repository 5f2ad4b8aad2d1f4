// A client that gives up should stop the work done for it. One AbortSignal per request, aborted when
// the response closes before it finished, goes down to every call the handler makes: here a fetch to
// a slow downstream service (the local latency server, answering after 5 s).
// Requires: Node 24.5+ (`await using` on a variable a closure captures: nodejs/node#58744)
// Deno: --allow-env --allow-net
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express, { type Response } from 'express';
import { startLatencyServer } from '../lib/latency-server.ts';

await using downstream = await startLatencyServer({ delayMs: 5_000 });
const downstreamStarted = Promise.withResolvers<void>(); // (demo only: when to hang up)
const handlerEnded = Promise.withResolvers<string>(); // (demo only: what the handler saw)

// #region signal
/** Aborts when the client goes away before the response is finished, or after `timeoutMs`. */
function requestSignal(res: Response, timeoutMs: number): AbortSignal {
  const clientGone = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) clientGone.abort(new Error('client disconnected'));
  });
  return AbortSignal.any([clientGone.signal, AbortSignal.timeout(timeoutMs)]);
}

async function buildReport(signal: AbortSignal): Promise<string> {
  const pending = fetch(`${downstream.url}slow-report`, { signal });
  downstreamStarted.resolve(); // (demo only)
  const response = await pending;
  return response.text();
}

const app = express();
app.get('/report', async (_req, res) => {
  const signal = requestSignal(res, 30_000);
  try {
    res.send(await buildReport(signal));
    handlerEnded.resolve('sent');
  } catch (error) {
    if (!signal.aborted) throw error; // a real failure: the error middleware answers it
    handlerEnded.resolve(`fetch rejected with "${(error as Error).message}"`); // nobody to answer
  }
});
// #endregion signal

await using server = app.listen(0, '127.0.0.1');
await once(server, 'listening');
const { port } = server.address() as AddressInfo;

// #region hang-up
const client = new AbortController();
const request = fetch(`http://127.0.0.1:${port}/report`, { signal: client.signal });
await downstreamStarted.promise;
client.abort(); // the user closed the tab, say
const outcome = await request.then(
  () => 'answered',
  (error: unknown) => (error as Error).name,
);
console.log(`client: ${outcome}`);
console.log(`handler: ${await handlerEnded.promise}`);
// #endregion hang-up
