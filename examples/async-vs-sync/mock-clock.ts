// The same comparison on a mock clock: no real waiting, and no timing noise. node:test's
// MockTimers replaces setTimeout; time moves only when the program calls tick().
import { mock } from 'node:test';
import { setImmediate as turn } from 'node:timers/promises';

// #region sleeps
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function sequential(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await sleep(100);
}

async function concurrent(count: number): Promise<void> {
  await Promise.all(Array.from({ length: count }, () => sleep(100)));
}
// #endregion sleeps

// #region clock
mock.timers.enable({ apis: ['setTimeout'] });
const done = { sequential: false, concurrent: false };
const both = Promise.all([
  sequential(10).then(() => (done.sequential = true)),
  concurrent(10).then(() => (done.concurrent = true)),
]);

for (let elapsed = 100; elapsed <= 1000; elapsed += 100) {
  mock.timers.tick(100);
  await turn(); // let the promise callbacks run (setImmediate is not mocked)
  if (elapsed === 100 || elapsed === 1000) console.log(`after ${elapsed} ms:`, done);
}
await both;
mock.timers.reset();
// #endregion clock
