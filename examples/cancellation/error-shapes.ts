// Requires: Node 24+ (native `await using`)
// Deno: --allow-net
// Each API rejects differently when its signal aborts. Code that tells "timed out" from "cancelled"
// from "failed" must know which shape it gets.
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { startLatencyServer } from '../lib/latency-server.ts';

// #region shapes
function shape(error: unknown): string {
  const e = error as Error & { code?: unknown; cause?: Error };
  return `name=${e.name} code=${String(e.code)} cause=${e.cause?.name ?? 'none'}`;
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

await using server = await startLatencyServer({ delayMs: 5_000 });

const timers = await caught(sleep(1_000, undefined, { signal: AbortSignal.timeout(20) }));
console.log('timers/promises + timeout:', shape(timers));

const events = await caught(once(new EventEmitter(), 'never', { signal: AbortSignal.timeout(20) }));
console.log('events.once     + timeout:', shape(events));

const fetchTimeout = await caught(fetch(server.url, { signal: AbortSignal.timeout(20) }));
console.log('fetch           + timeout:', shape(fetchTimeout));

const controller = new AbortController();
setTimeout(() => controller.abort(), 20);
const fetchAbort = await caught(fetch(server.url, { signal: controller.signal }));
console.log('fetch           + abort():', shape(fetchAbort));
// #endregion shapes

// #region telling-apart
// error.name is 'AbortError' here and 'TimeoutError' from fetch: ask the signal, which is the same
// for every API, why it aborted.
const deadline = AbortSignal.timeout(20);
const error = await caught(sleep(1_000, undefined, { signal: deadline }));
const timedOut = deadline.aborted && (deadline.reason as DOMException).name === 'TimeoutError';
console.log(`${(error as Error).name}, but timed out: ${timedOut}`);
// #endregion telling-apart
