/**
 * Timeouts that clean up after themselves: the work gets an `AbortSignal` that aborts on the
 * deadline or when the caller cancels, and every timer and listener is gone when the call settles.
 *
 * @example
 * ```ts
 * const response = await withTimeout((signal) => fetch(url, { signal }), 2_000);
 * ```
 * @module
 */

/** Options for {@link withTimeout}. */
export interface WithTimeoutOptions {
  /** The caller's own cancellation; combined with the deadline. */
  signal?: AbortSignal;
}

/**
 * Runs `work` with a deadline. `work` receives a signal that aborts after `ms` milliseconds (reason:
 * a `DOMException` named `TimeoutError`, as `AbortSignal.timeout` gives) or when `options.signal`
 * aborts (its reason). The returned promise settles no later than the signal, even if `work`
 * ignores it; the timer is cleared and the listener removed as soon as the call settles, so nothing
 * is left to keep the process alive.
 *
 * @param work - the operation; pass the signal on to `fetch`, `timers/promises`, `events.once`…
 * @param ms - the deadline in milliseconds from now.
 * @param options - an optional caller `signal` that cancels the work too.
 * @returns what `work` fulfils with, when that happens before the deadline.
 * @throws DOMException named `TimeoutError` when the deadline passes first.
 * @throws the reason of `options.signal` when the caller cancels first.
 * @throws whatever `work` rejects with before either of those.
 *
 * @example
 * ```ts
 * try {
 *   await withTimeout((signal) => fetch(url, { signal }), 50, { signal: request.signal });
 * } catch (error) {
 *   if (error instanceof DOMException && error.name === 'TimeoutError') console.log('too slow');
 * }
 * ```
 */
// #region with-timeout
export async function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number, options: WithTimeoutOptions = {}): Promise<T> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError')), ms);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
  const { promise: aborted, reject } = Promise.withResolvers<never>();
  const onAbort = (): void => reject(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    signal.throwIfAborted();
    return await Promise.race([work(signal), aborted]);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
// #endregion with-timeout
