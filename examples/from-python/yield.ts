// Giving the loop a turn: `await Promise.resolve()` resumes in a microtask, before any timer,
// immediate or I/O callback, so it lets nothing else run; `setImmediate` and `scheduler.yield()`
// from `node:timers/promises` do. The Python twin (yield.py) shows `await asyncio.sleep(0)`.
import { scheduler, setImmediate as nextTurn } from 'node:timers/promises';

function busy(): void {
  for (let i = 0; i < 100_000; i++); // a slice of CPU work
}

// #region yield
/** Runs three slices of CPU work, pausing with `pause` after each, beside another task. */
async function slicesWith(pause: () => Promise<unknown>): Promise<number> {
  let otherRan = 0;
  let done = false;
  const other = (async () => {
    while (!done) {
      await nextTurn(); // the other task needs the loop to turn
      otherRan++;
    }
  })();
  for (let slice = 0; slice < 3; slice++) {
    busy();
    await pause();
  }
  const seen = otherRan;
  done = true;
  await other;
  return seen;
}

console.log(`await Promise.resolve(): the other task ran ${await slicesWith(() => Promise.resolve())} times`);
console.log(`await setImmediate(): the other task ran ${await slicesWith(() => nextTurn())} times`);
console.log(`await scheduler.yield(): the other task ran ${await slicesWith(() => scheduler.yield())} times`);
// #endregion yield
