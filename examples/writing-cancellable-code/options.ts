// The convention for your own APIs: an optional `signal` in an options object, as Node's own APIs
// (fetch, timers/promises, events.once, fs/promises) take it. Check it first, pass it down, and
// reject with its reason.
import { setTimeout as sleep } from 'node:timers/promises';

// #region options
export interface FetchReportOptions {
  /** Stops the work; the promise rejects with `signal.reason`. */
  signal?: AbortSignal;
  /** Gives up after this many milliseconds, with a TimeoutError. */
  timeoutMs?: number;
}

export async function fetchReport(id: number, { signal, timeoutMs = 1_000 }: FetchReportOptions = {}): Promise<string> {
  // One signal for "the caller gave up, or our own deadline passed".
  const combined = signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
  combined.throwIfAborted(); // already aborted: do not start at all
  try {
    await sleep(20, undefined, { signal: combined }); // the real work, given the signal
  } catch (error) {
    throw combined.aborted ? combined.reason : error; // the reason, not the timer's wrapper
  }
  return `report ${id}`;
}
// #endregion options

// #region callers
console.log(await fetchReport(1)); // no options: the defaults apply
try {
  await fetchReport(2, { timeoutMs: 5 });
} catch (error) {
  console.log(`timeoutMs 5: ${(error as DOMException).name}`);
}
const cancelled = new AbortController();
cancelled.abort(new Error('page closed'));
try {
  await fetchReport(3, { signal: cancelled.signal });
} catch (error) {
  console.log(`already aborted: ${(error as Error).message}`);
}
// #endregion callers
