/** Thrown by `execute` while the circuit is open: the service was not called. */
export class BrokenCircuitError extends Error {
  override name = 'BrokenCircuitError';
}

/** A circuit breaker for one service: opens after `threshold` failures in a row. */
export class Breaker {
  #failures = 0;
  readonly #threshold: number;

  constructor(threshold: number) {
    this.#threshold = threshold;
  }

  get open(): boolean {
    return this.#failures >= this.#threshold;
  }

  /** Calls the service with the caller's signal, unless the circuit is open. */
  async execute<T>(call: (signal: AbortSignal) => Promise<T>, signal: AbortSignal): Promise<T> {
    if (this.open) throw new BrokenCircuitError('circuit open: the service was not called');
    try {
      const result = await call(signal);
      this.#failures = 0;
      return result;
    } catch (error) {
      this.#failures++;
      throw error;
    }
  }
}
