/** Runs `work` with a deadline: its signal aborts and the call rejects after `ms` milliseconds. */
export async function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const deadline = new AbortController();
  const { promise: timeout, reject } = Promise.withResolvers<never>();
  const timer = setTimeout(() => {
    const error = new DOMException(`timed out after ${ms} ms`, 'TimeoutError');
    reject(error);
    deadline.abort(error);
  }, ms);
  try {
    return await Promise.race([work(deadline.signal), timeout]);
  } finally {
    // Whichever side won, the timer has nothing left to do.
    clearTimeout(timer);
  }
}
