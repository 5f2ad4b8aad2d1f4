// A lock on Node 22, where navigator.locks is missing: async-mutex's Mutex.
import { setTimeout as sleep } from 'node:timers/promises';
import { Mutex } from 'async-mutex';

let balance = 0;
async function deposit(amount: number): Promise<void> {
  const before = balance;
  await sleep(5);
  balance = before + amount;
}

// #region lock-22
const mutex = new Mutex();
await Promise.all([10, 20, 30].map((n) => mutex.runExclusive(() => deposit(n))));
console.log(`with the mutex: ${balance}`);
// #endregion lock-22
