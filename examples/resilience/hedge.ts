// Requires: Node 24.3+, 22.18+ (`import.meta.main`)
// Deno: --allow-net
// A hedged request: if the first attempt has not answered after `hedgeAfterMs`, send a second one;
// take whichever answers first and abort the other. Only for requests that are safe to send twice
// (reads). The server counts what it answered; the spans show when each attempt ran.
import { setTimeout as sleep } from 'node:timers/promises';
import { startLatencyServer } from '../lib/latency-server.ts';
import { printSpans, Spans } from '../lib/spans.ts';

// #region hedged
/** Runs `attempt` once, and once more if the first has not settled after `hedgeAfterMs`; the loser is aborted. */
export async function hedged<T>(attempt: (signal: AbortSignal, n: number) => Promise<T>, hedgeAfterMs: number, signal?: AbortSignal): Promise<T> {
  const done = new AbortController(); // aborts the loser, and the timer if the first attempt wins
  const both = signal ? AbortSignal.any([signal, done.signal]) : done.signal;
  const first = attempt(both, 1);
  const second = sleep(hedgeAfterMs, undefined, { signal: both }).then(() => attempt(both, 2));
  try {
      return await Promise.any([first, second]);
    } catch (error) {
      signal?.throwIfAborted(); // the caller gave up: say so, not "all attempts failed"
      throw error instanceof AggregateError ? (error.errors as unknown[])[0] : error;
    } finally {
      done.abort(new DOMException('the other attempt won', 'AbortError'));
      // Settle the loser before returning, so nothing is left running or unhandled.
      await Promise.allSettled([first, second]);
    }
  }
  // #endregion hedged

  if (import.meta.main) {
    const server = await startLatencyServer({ delayMs: 20 });
    try {
    await (await fetch(server.url)).text(); // warm up: the first fetch of a process loads its HTTP client
    server.reset();
    const spans = new Spans();
    // #region slow-first
    // The first attempt hits a slow replica (300 ms); the hedge, sent after 40 ms, a normal one (20 ms).
    const delays = [300, 20];
    const started = performance.now();
    const body = await hedged(
      (signal, n) => spans.time(`attempt/${n}`, async () => (await fetch(`${server.url}attempt/${n}?delay=${delays[n - 1]}`, { signal })).text()),
      40,
    );
    const took = performance.now() - started;
    console.log(`answer from ${body}, after ${(300 / took).toFixed(1)}× less time than the slow attempt needed`);
    console.log(`the server answered ${server.served} of 2 requests: the loser was aborted`);
    // #endregion slow-first
    server.reset();
    // #region fast-first
    const fast = await hedged(async (signal) => (await fetch(`${server.url}only?delay=10`, { signal })).text(), 40);
    console.log(`a fast first attempt (${fast}): ${server.served} request sent, no hedge`);
    // #endregion fast-first
    printSpans('hedged', spans.list);
  } finally {
    await server.close();
  }
}
