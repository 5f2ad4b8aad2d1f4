// A lease on a shared resource (a lock row, a reserved slot) that takes a round trip to give back.
import { setTimeout as sleep } from 'node:timers/promises';

export class Lease {
  released = false;

  /** Gives the lease back: 10 ms of I/O that stops when `signal` aborts. */
  async release(signal: AbortSignal): Promise<void> {
    await sleep(10, undefined, { signal });
    this.released = true;
  }
}
