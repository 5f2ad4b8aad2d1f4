// A semaphore: at most N holders at once. async-mutex's Semaphore; Node has none built in.
import { setTimeout as sleep } from 'node:timers/promises';
import { Semaphore } from 'async-mutex';

// #region semaphore
const semaphore = new Semaphore(2);
let running = 0;
let peak = 0;
await Promise.all(
  Array.from({ length: 6 }, () =>
    semaphore.runExclusive(async () => {
      peak = Math.max(peak, ++running);
      await sleep(5);
      running--;
    }),
  ),
);
console.log(`6 jobs, limit 2: at most ${peak} ran at once`);
// #endregion semaphore
