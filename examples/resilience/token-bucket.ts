// Requires: Node 24.3+, 22.18+ (`import.meta.main`)
// A token bucket: `capacity` tokens to start, refilled at `perSecond`; a call takes one or waits.
// The clock is a parameter, so a test (and the demonstration below) can prove the rate with a
// mock clock instead of waiting for real time to pass.

/** What the bucket reads the time from: `performance` in production, a mock in tests. */
export interface Clock {
  now(): number;
}

// #region bucket
export class TokenBucket {
  readonly #capacity: number;
  readonly #perMs: number;
  readonly #clock: Clock;
  #tokens: number;
  #last: number;

  constructor(capacity: number, perSecond: number, clock: Clock = performance) {
    this.#capacity = capacity;
    this.#perMs = perSecond / 1000;
    this.#clock = clock;
    this.#tokens = capacity;
    this.#last = clock.now();
  }

  /** Takes a token if one is there; never waits. */
  tryTake(): boolean {
    this.#refill();
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }

  /** How long until a token is there, in ms (0 when one is). */
  waitMs(): number {
    this.#refill();
    return this.#tokens >= 1 ? 0 : Math.ceil((1 - this.#tokens) / this.#perMs);
  }

  #refill(): void {
    const now = this.#clock.now();
    this.#tokens = Math.min(this.#capacity, this.#tokens + (now - this.#last) * this.#perMs);
    this.#last = now;
  }
}
// #endregion bucket

if (import.meta.main) {
  // #region mock-clock
  let now = 0;
  const bucket = new TokenBucket(5, 10, { now: () => now }); // a burst of 5, then 10 per second
  const takenAt = (): number => Array.from({ length: 20 }, () => bucket.tryTake()).filter(Boolean).length;
  console.log(`at 0 ms: ${takenAt()} of 20 taken (the burst)`);
  let second = 0;
  for (let t = 50; t <= 1000; t += 50) {
    now = t; // 20 tries every 50 ms for 1 s
    second += takenAt();
  }
  console.log(`the next second: ${second} taken, the rate`);
  console.log(`a token comes back in ${bucket.waitMs()} ms`);
  // #endregion mock-clock
}
