// Requires: Node 24.5+ (`navigator.locks`)
// Lock: navigator.locks (Node 24.5+) serialises async critical sections by name.
import { setTimeout as sleep } from 'node:timers/promises';

let balance = 0;

// A read-modify-write with an await in the middle: without the lock, concurrent calls
// would all read the same balance and lose updates.
async function deposit(amount: number): Promise<void> {
  const before = balance;
  await sleep(10);
  balance = before + amount;
}

// #region lock
await Promise.all([1, 2, 3].map((n) => navigator.locks.request('balance', () => deposit(n * 10))));
console.log(`with the lock: ${balance}`);

balance = 0;
await Promise.all([1, 2, 3].map((n) => deposit(n * 10)));
console.log(`without it: ${balance}`);
// #endregion lock
