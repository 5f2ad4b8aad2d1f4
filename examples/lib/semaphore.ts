/**
 * A counting semaphore: at most `limit` holders at once, the rest wait in FIFO order. The smallest
 * useful tool for limiting concurrency; for production work the libraries p-limit and p-queue do
 * the same with more options.
 *
 * @example
 * ```ts
 * const semaphore = new Semaphore(2);
 * const results = await Promise.all(urls.map((url) => semaphore.run(() => fetch(url))));
 * ```
 * @module
 */

// #region acquire-release
/** Limits how many async tasks run at once. */
export class Semaphore {
  readonly #limit: number;
  #active = 0;
  readonly #waiting: (() => void)[] = [];

  /**
   * @param limit - how many holders may run at once; a positive integer.
   * @throws RangeError when `limit` is not a positive integer.
   */
  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
    this.#limit = limit;
  }

  /** How many holders are running now. */
  get active(): number {
    return this.#active;
  }

  /** Waits for a free slot and takes it. Pair every `acquire()` with one `release()`, or use {@link Semaphore.run}. */
  async acquire(): Promise<void> {
    if (this.#active < this.#limit) {
      this.#active++;
      return;
    }
    const { promise, resolve } = Promise.withResolvers<void>();
    this.#waiting.push(resolve);
    await promise; // the releasing holder hands its slot straight to us
  }

  /** Frees a slot, handing it to the longest waiter if there is one. */
  release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#active--;
  }

  /**
   * Runs `task` when a slot is free and frees the slot when it settles, whether it fulfils or rejects.
   *
   * @param task - the async work to run under the limit.
   * @returns what `task` returns.
   * @throws whatever `task` throws.
   */
  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }
}
// #endregion acquire-release
