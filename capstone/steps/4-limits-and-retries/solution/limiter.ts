// At most `limit` calls in flight, at most `maxWaiting` more waiting in line; a call beyond that is
// refused at once (the upstream is saturated: better a fast 503 than a request that waits out its
// deadline). A waiting call leaves the line when its signal aborts. It is the site's Semaphore
// (examples/lib/semaphore.ts: the releasing holder hands its slot to the next) with the two things
// a service needs that p-limit lacks: a bounded line, and leaving it on abort.

export class LimiterFullError extends Error {
  override name = 'LimiterFullError';
}

export class Limiter {
  readonly #limit: number;
  readonly #maxWaiting: number;
  #active = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(limit: number, maxWaiting = limit) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
    this.#limit = limit;
    this.#maxWaiting = maxWaiting;
  }

  get active(): number {
    return this.#active;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  async run<T>(task: () => Promise<T>, signal: AbortSignal): Promise<T> {
    await this.#acquire(signal);
    try {
      return await task();
    } finally {
      this.#release();
    }
  }

  // #region acquire
  async #acquire(signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    if (this.#active < this.#limit) {
      this.#active++;
      return;
    }
    if (this.#waiting.length >= this.#maxWaiting) throw new LimiterFullError(`${this.#active} calls in flight and ${this.#waiting.length} waiting`);
    const { promise, resolve, reject } = Promise.withResolvers<void>();
    const onAbort = (): void => {
      this.#waiting.splice(this.#waiting.indexOf(grant), 1);
      reject(signal.reason);
    };
    // The releasing holder hands its slot straight to us.
    const grant = (): void => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    this.#waiting.push(grant);
    await promise;
  }
  // #endregion acquire

  #release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#active--;
  }
}
