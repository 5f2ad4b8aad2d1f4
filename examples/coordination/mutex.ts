// asyncio.Lock on Node 22: a lock is a queue of promises. A critical section with an await in the
// middle needs one, even on one thread: another task runs at every await.
import { setTimeout as sleep } from 'node:timers/promises';
import { Mutex } from 'async-mutex';

// #region race
// Read, wait (a query, say), write back: two of these at once lose an update.
let balance = 0;
async function deposit(amount: number): Promise<void> {
  const before = balance;
  await sleep(5);
  balance = before + amount;
}

await Promise.all([deposit(10), deposit(20), deposit(30)]);
console.log(`no lock: balance ${balance} (expected 60)`);
// #endregion race

// #region promise-lock
// Each caller chains onto the previous holder's promise, so they run one at a time, in call order.
class PromiseLock {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    this.#tail = result.catch(() => undefined); // a failed holder still frees the lock
    return result;
  }
}

balance = 0;
const lock = new PromiseLock();
const failing = lock.run(async () => {
  await sleep(1);
  throw new Error('deposit refused');
});
const results = await Promise.allSettled([failing, ...[10, 20, 30].map((n) => lock.run(() => deposit(n)))]);
console.log(`promise lock: balance ${balance}; outcomes ${results.map((r) => r.status).join(', ')}`);
// #endregion promise-lock

// #region async-mutex
// async-mutex has the same runExclusive, plus isLocked(), cancel() and withTimeout().
balance = 0;
const mutex = new Mutex();
await Promise.all([10, 20, 30].map((n) => mutex.runExclusive(() => deposit(n))));
console.log(`async-mutex: balance ${balance}; locked after: ${mutex.isLocked()}`);
// #endregion async-mutex
