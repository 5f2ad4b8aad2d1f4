// Retries with exponential backoff and full jitter: before retry n (1, 2, …) it sleeps a random
// time between 0 and min(maxMs, baseMs · 2^(n-1)), so callers that failed together do not come
// back together. Only for calls that are safe to repeat (idempotent GETs); the signal stops the
// sleeping and the retrying.

export interface RetryOptions {
  /** How many attempts in all (1 = no retry). */
  attempts: number;
  baseMs: number;
  maxMs: number;
  signal: AbortSignal;
  /** Whether a failure is worth another attempt. */
  retryable: (error: unknown) => boolean;
  /** Called before each sleep, e.g. to log it. */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  /** Math.random by default; a test passes its own. */
  random?: () => number;
}

// #region backoff
/** The sleep before retry `attempt` (1-based): full jitter over the capped exponential. */
export function backoffMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(maxMs, baseMs * 2 ** (attempt - 1)));
}
// #endregion backoff

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted();
  const { promise, resolve, reject } = Promise.withResolvers<void>();
  const onAbort = (): void => {
    clearTimeout(timer);
    reject(signal.reason);
  };
  const timer = setTimeout(() => {
    signal.removeEventListener('abort', onAbort);
    resolve();
  }, ms);
  signal.addEventListener('abort', onAbort, { once: true });
  return promise;
}

// #region retry
export async function retry<T>(call: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const { attempts, baseMs, maxMs, signal, retryable, onRetry, random } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(attempt);
    } catch (error) {
      if (attempt >= attempts || signal.aborted || !retryable(error)) throw error;
      const delayMs = backoffMs(attempt, baseMs, maxMs, random);
      onRetry?.(error, attempt, delayMs);
      await sleep(delayMs, signal);
    }
  }
}
// #endregion retry
