// asyncio.Condition and asyncio.Barrier from promises. A condition is a list of waiters that a
// notify() wakes; each waiter re-checks its condition, since another task may have run first.
// A barrier releases everyone once the last of `parties` tasks arrives.
import { setTimeout as sleep } from 'node:timers/promises';

// #region condition
class Condition {
  readonly #waiters: (() => void)[] = [];

  /** Resolves on the next notify() that reaches this waiter. */
  wait(): Promise<void> {
    const { promise, resolve } = Promise.withResolvers<void>();
    this.#waiters.push(resolve);
    return promise;
  }
  notify(n = 1): void {
    for (const wake of this.#waiters.splice(0, n)) wake();
  }
  notifyAll(): void {
    this.notify(this.#waiters.length);
  }
}

// Consumers wait for "the queue has an item"; the producer notifies after each push.
const queue: string[] = [];
const itemAdded = new Condition();
const taken: string[] = [];
async function consumer(name: string): Promise<void> {
  let wakeUps = 0;
  while (queue.length === 0) {
    await itemAdded.wait();
    wakeUps++; // re-check after every wake-up: another consumer may have emptied the queue
  }
  taken.push(`${name} took ${queue.shift()} after ${wakeUps} wake-up(s)`); // no await between check and shift
}
const consumers = [consumer('c1'), consumer('c2')];
for (const item of ['job-1', 'job-2']) {
  await sleep(5);
  queue.push(item);
  itemAdded.notifyAll(); // both wake; one finds the queue empty again and goes back to waiting
}
await Promise.all(consumers);
console.log(taken.join(', '));
// #endregion condition

// #region barrier
class Barrier {
  readonly #parties: number;
  #arrived = 0;
  #open = Promise.withResolvers<void>();

  constructor(parties: number) {
    this.#parties = parties;
  }
  /** Resolves when `parties` callers have arrived; the barrier then resets for the next round. */
  async wait(): Promise<void> {
    const round = this.#open;
    if (++this.#arrived === this.#parties) {
      this.#arrived = 0;
      this.#open = Promise.withResolvers<void>();
      round.resolve();
    }
    await round.promise;
  }
}

const phases: string[] = [];
const barrier = new Barrier(3);
await Promise.all(
  [30, 10, 20].map(async (ms, i) => {
    await sleep(ms); // each worker loads at its own pace…
    phases.push(`w${i} loaded`);
    await barrier.wait(); // …and none starts the next phase before all have loaded
    phases.push(`w${i} running`);
  }),
);
console.log(phases.join(', '));
// #endregion barrier
