// Requires: Node 24.3+, 22.18+ (`import.meta.main`)
// A circuit breaker: after `threshold` failures in a row it opens and fails fast, without calling
// the service, for `openMs`; then it lets one probe through (half-open): a success closes it, a
// failure opens it again. The clock is a parameter, so the demonstration runs on a mock clock.
import type { Clock } from './token-bucket.ts';

// #region breaker
export type BreakerState = 'closed' | 'open' | 'half-open';

export class BrokenCircuitError extends Error {
  override name = 'BrokenCircuitError';
}

export class CircuitBreaker {
  #state: BreakerState = 'closed';
  #failures = 0;
  #openedAt = 0;
  readonly #threshold: number;
  readonly #openMs: number;
  readonly #clock: Clock;

  constructor(threshold: number, openMs: number, clock: Clock = performance) {
    this.#threshold = threshold;
    this.#openMs = openMs;
    this.#clock = clock;
  }

  get state(): BreakerState {
    return this.#state;
  }

  async execute<T>(call: () => Promise<T>): Promise<T> {
    if (this.#state === 'half-open') throw new BrokenCircuitError('a probe is in flight');
    if (this.#state === 'open') {
      if (this.#clock.now() - this.#openedAt < this.#openMs) throw new BrokenCircuitError('circuit open');
      this.#state = 'half-open'; // this call is the probe
    }
    try {
      const result = await call();
      this.#state = 'closed';
      this.#failures = 0;
      return result;
    } catch (error) {
      this.#failures++;
      if (this.#state === 'half-open' || this.#failures >= this.#threshold) {
        this.#state = 'open';
        this.#openedAt = this.#clock.now();
      }
      throw error;
    }
  }
}
// #endregion breaker

if (import.meta.main) {
  // #region mock-clock
  let now = 0;
  let serviceUp = false;
  let serviceCalls = 0;
  const service = (): Promise<string> => {
    serviceCalls++;
    return serviceUp ? Promise.resolve('ok') : Promise.reject(new Error('503 from the service'));
  };
  const breaker = new CircuitBreaker(3, 100, { now: () => now });
  for (const at of [0, 10, 20, 30, 110, 120, 230, 240]) {
    now = at;
    serviceUp = at >= 200; // the service recovers at 200 ms
    const calls = serviceCalls;
    const outcome = await breaker.execute(service).then(
      (value) => value,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    const called = serviceCalls > calls ? 'called' : 'not called';
    console.log(`${String(at).padStart(3)} ms: ${outcome}, service ${called}, breaker ${breaker.state}`);
  }
  // #endregion mock-clock
}
