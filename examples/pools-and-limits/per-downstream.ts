// One limit for every downstream lets the slowest one take all the slots: calls to a fast service
// wait behind calls to a slow one. A limit per downstream keeps them apart, and a bounded queue per
// downstream turns "too many waiting" into an immediate error instead of an ever longer wait.
// Requires: Node 24.5+ (`await using` on a variable a closure captures: nodejs/node#58744)
// Deno: --allow-net
import { startLatencyServer } from '../lib/latency-server.ts';
import { Semaphore } from '../lib/semaphore.ts';

await using payments = await startLatencyServer({ delayMs: 200 }); // slow
await using search = await startLatencyServer({ delayMs: 10 }); // fast

// #region burst
async function call(url: string): Promise<void> {
  const response = await fetch(url);
  await response.text();
}

/** Starts 8 payment calls, then 8 search calls, each through `limiterFor`; returns when searches are done. */
async function burst(limiterFor: (url: string) => Semaphore): Promise<number> {
  const started = performance.now();
  let searchesDone = 0;
  const calls = [...Array<string>(8).fill(payments.url), ...Array<string>(8).fill(search.url)].map(async (url) => {
    await limiterFor(url).run(() => call(url));
    if (url === search.url) searchesDone = performance.now() - started;
  });
  await Promise.all(calls);
  return searchesDone;
}
// #endregion burst

// #region one-limiter
const shared = new Semaphore(4);
const sharedMs = await burst(() => shared);
console.log(`one limiter of 4: payments peak ${payments.peakInFlight}, search peak ${search.peakInFlight}`);
// #endregion one-limiter

payments.reset();
search.reset();

// #region limiter-each
const limiters = new Map([
  [payments.url, new Semaphore(2)], // what the payment service says it can take
  [search.url, new Semaphore(4)],
]);
const separateMs = await burst((url) => limiters.get(url) ?? shared);
console.log(`one limiter each: payments peak ${payments.peakInFlight}, search peak ${search.peakInFlight}`);
console.log(`searches finished ${(sharedMs / separateMs).toFixed(0)}× sooner with a limiter each`);
// #endregion limiter-each

// #region bounded
/** A limit plus a bounded queue: past `maxQueued` waiting calls, refuse at once. */
class Bulkhead {
  readonly #semaphore: Semaphore;
  readonly #limit: number;
  readonly #maxQueued: number;
  #pending = 0;
  constructor(limit: number, maxQueued: number) {
    this.#semaphore = new Semaphore(limit);
    this.#limit = limit;
    this.#maxQueued = maxQueued;
  }
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#pending >= this.#limit + this.#maxQueued) throw new Error('busy: try again later');
    this.#pending++;
    try {
      return await this.#semaphore.run(task);
    } finally {
      this.#pending--;
    }
  }
}

const paymentsBulkhead = new Bulkhead(2, 4);
const outcomes = await Promise.allSettled(Array.from({ length: 12 }, () => paymentsBulkhead.run(() => call(payments.url))));
const refused = outcomes.filter((o) => o.status === 'rejected').length;
console.log(`12 payment calls: ${12 - refused} served, ${refused} refused at once`);
// #endregion bounded
