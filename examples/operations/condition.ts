// A condition: waiters sleep until notified, then check their condition again.
import { setTimeout as sleep } from 'node:timers/promises';

// #region condition
const waiting: (() => void)[] = [];
const wait = () => new Promise<void>((resolve) => waiting.push(resolve));
const notifyAll = () => waiting.splice(0).forEach((wake) => wake());

const queue: number[] = [];
async function take(): Promise<number | undefined> {
  while (queue.length === 0) await wait(); // check again after every wake-up
  return queue.shift(); // no await between the check and the take
}
const takers = [take(), take()];
for (const item of [1, 2]) {
  await sleep(5);
  queue.push(item);
  notifyAll();
}
console.log(`taken: ${(await Promise.all(takers)).join(', ')}`);
// #endregion condition
