// Why a recursive process.nextTick starves I/O: Node drains the whole nextTick queue, including
// callbacks added while draining, before the loop may move on. A callback that schedules the next
// one with nextTick never lets the loop reach its poll phase, so no I/O callback runs until the
// chain ends. setImmediate queues the next step for the check phase instead, and the loop polls
// for I/O in between. Counted in steps, not time: how many steps ran before a file read finished.
import { readFile } from 'node:fs';

const steps = 100_000;

// #region starve
function stepsBeforeRead(schedule: (next: () => void) => void): Promise<number> {
  const { promise, resolve } = Promise.withResolvers<number>();
  let done = 0;
  let readAfter: number | undefined;
  const finish = (): void => {
    if (readAfter !== undefined && done === steps) resolve(readAfter);
  };
  readFile(import.meta.filename, () => {
    readAfter = done;
    finish();
  });
  const step = (): void => {
    done++;
    if (done < steps) schedule(step);
    else finish();
  };
  schedule(step);
  return promise;
}

const withNextTick = await stepsBeforeRead((next) => process.nextTick(next));
const withImmediate = await stepsBeforeRead((next) => setImmediate(next));
console.log(`recursive nextTick: the read's callback ran after ${withNextTick} of ${steps} steps`);
console.log(`recursive setImmediate: the read's callback ran after ${withImmediate} of ${steps} steps`);
// #endregion starve
