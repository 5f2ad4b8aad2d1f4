/** Runs `work` with a deadline: its signal aborts and the call rejects after `ms` milliseconds. */
export async function withTimeout<T>(work: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const deadline = new AbortController();
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => {
      const error = new DOMException(`timed out after ${ms} ms`, 'TimeoutError');
      reject(error);
      deadline.abort(error);
    }, ms);
  });
  return Promise.race([work(deadline.signal), timeout]);
}
