/**
 * A bounded async channel: producers `put` values, consumers `get` them in FIFO order, and a full
 * channel makes producers wait (backpressure). Node has no built-in async queue (nothing like
 * Python's `asyncio.Queue` or .NET's `Channel<T>`); this is the smallest one worth copying.
 *
 * Semantics, as in Go: `close()` stops new puts at once, but values already buffered can still be
 * read; iteration ends when the channel is closed and empty.
 *
 * @example
 * ```ts
 * const channel = new Channel<number>(3);
 * const consumer = (async () => {
 *   for await (const n of channel) console.log(n);
 * })();
 * for (let n = 0; n < 10; n++) await channel.put(n); // waits while 3 values are buffered
 * channel.close();
 * await consumer;
 * ```
 * @module
 */

/**
 * The error `put` throws on a closed channel, and `get` throws on a closed, empty one.
 *
 * @example
 * ```ts
 * try {
 *   await channel.put(job);
 * } catch (error) {
 *   if (error instanceof ChannelClosedError) console.log('no more jobs accepted');
 *   else throw error;
 * }
 * ```
 */
export class ChannelClosedError extends Error {
  /** Always `'ChannelClosedError'`, so logs and `err.name` checks can tell it apart. */
  override name = 'ChannelClosedError';
}

/** Options of {@link Channel.put} and {@link Channel.get}. */
export interface ChannelWaitOptions {
  /** Gives up waiting when aborted: the call rejects with `signal.reason` (an `AbortError` `DOMException` by default) and takes or leaves nothing. */
  signal?: AbortSignal;
}

interface Waiter<T> {
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

interface Putter<T> extends Waiter<void> {
  value: T;
}

/** A FIFO channel holding at most `capacity` values; `put` waits while it is full. */
export class Channel<T> implements AsyncIterable<T> {
  readonly #capacity: number;
  readonly #buffer: T[] = [];
  readonly #getters: Waiter<T>[] = [];
  readonly #putters: Putter<T>[] = [];
  #closed = false;

  /**
   * Creates an open, empty channel.
   *
   * @param capacity - how many values may wait in the channel; a positive integer.
   * @throws RangeError when `capacity` is not a positive integer.
   * @example
   * ```ts
   * const jobs = new Channel<string>(10);
   * ```
   */
  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    this.#capacity = capacity;
  }

  /**
   * How many values the channel holds at most.
   *
   * @returns the capacity given to the constructor.
   * @example
   * ```ts
   * new Channel<number>(3).capacity; // 3
   * ```
   */
  get capacity(): number {
    return this.#capacity;
  }

  /**
   * How many values are buffered now, waiting for a consumer (never more than the capacity).
   *
   * @returns the number of buffered values.
   * @example
   * ```ts
   * await channel.put('a');
   * channel.size; // 1, if nobody was waiting in get()
   * ```
   */
  get size(): number {
    return this.#buffer.length;
  }

  /**
   * Whether {@link Channel.close} has been called.
   *
   * @returns true once the channel is closed, even while buffered values remain.
   * @example
   * ```ts
   * channel.close();
   * channel.closed; // true
   * ```
   */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Adds a value. Resolves at once when a consumer is waiting or there is room; otherwise waits
   * until a `get` makes room, which is how a slow consumer slows its producers down.
   *
   * @param value - the value to send.
   * @param options - an optional `signal` to stop waiting for room.
   * @returns a promise that resolves once the value is in the channel or handed to a consumer.
   * @throws {@link ChannelClosedError} when the channel is closed, or is closed while this put waits.
   * @throws `signal.reason` when the signal aborts before the value got in.
   * @example
   * ```ts
   * await channel.put(job, { signal: AbortSignal.timeout(1_000) });
   * ```
   */
  put(value: T, options: ChannelWaitOptions = {}): Promise<void> {
    const { signal } = options;
    if (this.#closed) return Promise.reject(new ChannelClosedError('put on a closed channel'));
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const getter = this.#getters.shift();
    if (getter) {
      getter.resolve(value);
      return Promise.resolve();
    }
    if (this.#buffer.length < this.#capacity) {
      this.#buffer.push(value);
      return Promise.resolve();
    }
    return enqueue<void, Putter<T>>(this.#putters, (waiter) => ({ ...waiter, value }), signal);
  }

  /**
   * Takes the oldest value, waiting for one if the channel is empty.
   *
   * @param options - an optional `signal` to stop waiting for a value.
   * @returns a promise of the oldest value.
   * @throws {@link ChannelClosedError} when the channel is closed and empty, or is closed while this get waits.
   * @throws `signal.reason` when the signal aborts before a value arrived.
   * @example
   * ```ts
   * const job = await channel.get();
   * ```
   */
  get(options: ChannelWaitOptions = {}): Promise<T> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    if (this.#buffer.length > 0) {
      const value = this.#buffer.shift() as T;
      // Room was made: the longest-waiting producer moves its value in.
      const putter = this.#putters.shift();
      if (putter) {
        this.#buffer.push(putter.value);
        putter.resolve();
      }
      return Promise.resolve(value);
    }
    if (this.#closed) return Promise.reject(new ChannelClosedError('get on a closed, empty channel'));
    return enqueue<T, Waiter<T>>(this.#getters, (waiter) => waiter, signal);
  }

  /**
   * Closes the channel. Later puts reject; waiting puts reject; buffered values can still be read;
   * waiting gets (which only wait when the channel is empty) reject, which ends every `for await`.
   * Calling it again does nothing.
   *
   * @returns nothing.
   * @example
   * ```ts
   * for (const job of jobs) await channel.put(job);
   * channel.close(); // consumers finish the buffered jobs, then their loops end
   * ```
   */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    const error = new ChannelClosedError('channel closed');
    for (const waiter of this.#getters.splice(0)) waiter.reject(error);
    for (const waiter of this.#putters.splice(0)) waiter.reject(error);
  }

  /**
   * Iterates over the values until the channel is closed and empty. Several consumers may iterate
   * the same channel; each value goes to exactly one of them.
   *
   * @returns an async iterator of the values.
   * @throws nothing of its own: a {@link ChannelClosedError} from `get` ends the loop normally.
   * @example
   * ```ts
   * for await (const job of channel) await handle(job);
   * ```
   */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      let value: T;
      try {
        value = await this.get();
      } catch (error) {
        if (error instanceof ChannelClosedError) return;
        throw error;
      }
      yield value;
    }
  }
}

/**
 * Queues a waiter and returns its promise. An aborted signal takes the waiter out of its queue and
 * rejects it; a settled waiter removes its abort listener, so a long-lived signal collects none.
 */
function enqueue<V, W extends Waiter<V>>(queue: W[], make: (waiter: Waiter<V>) => W, signal: AbortSignal | undefined): Promise<V> {
  const { promise, resolve, reject } = Promise.withResolvers<V>();
  const onAbort = (): void => {
    const index = queue.indexOf(entry);
    if (index >= 0) {
      queue.splice(index, 1);
      if (signal) entry.reject(abortReason(signal));
    }
  };
  const entry = make({
    resolve: (value) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    },
    reject: (reason) => {
      signal?.removeEventListener('abort', onAbort);
      reject(reason);
    },
  });
  signal?.addEventListener('abort', onAbort, { once: true });
  queue.push(entry);
  return promise;
}

/** The abort reason as an Error: `signal.reason` itself when it is one (the usual case). */
function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error('aborted', { cause: reason });
}
