// A promise cannot be asked whether it has settled, nor for its value, and Node keeps no list of
// running calls: where asyncio has task.done(), task.result() and asyncio.all_tasks() (the Python
// twin, task-state.py), keep the state yourself where the work starts.
import { setTimeout as sleep } from 'node:timers/promises';

async function fetchUser(id: number): Promise<string> {
  await sleep(10);
  return `user ${id}`;
}

// #region state
const running = new Set<Promise<unknown>>(); // instead of asyncio.all_tasks()

/** Starts tracking `promise`: `done()` instead of task.done(); await it for its result. */
function track<T>(promise: Promise<T>): { promise: Promise<T>; done: () => boolean } {
  let done = false;
  running.add(promise);
  const settle = (): void => {
    done = true;
    running.delete(promise);
  };
  promise.then(settle, settle); // observes; the caller still awaits `promise` and sees any error
  return { promise, done: () => done };
}

const call = track(fetchUser(1));
console.log(`done: ${call.done()}, running: ${running.size}`);
const user = await call.promise;
console.log(`done: ${call.done()}, result: ${user}, running: ${running.size}`);
// #endregion state
