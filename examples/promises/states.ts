// A promise is a placeholder for a result that is not there yet: pending, then settled once, either
// fulfilled with a value or rejected with a reason. util.inspect (what console.log uses) shows which.
import { inspect } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';

// #region states
// What console.log prints for a promise; for a rejection, without the error's stack trace.
function shown(promise: Promise<unknown>): string {
  const [first = '', second = '', ...stack] = inspect(promise).split('\n');
  return stack.length > 0 ? `${first} ${second.trim()} … }` : first;
}

const later = sleep(10, 'done'); // fulfils in 10 ms
const now = Promise.resolve(42); // already fulfilled
const failed = Promise.reject(new Error('no such user')); // already rejected
failed.catch(() => {}); // handled: a rejection nobody handles ends the process

console.log(shown(later));
console.log(shown(now));
console.log(shown(failed));
await later;
console.log(shown(later));
// #endregion states

// #region settle-once
// resolve and reject may be called many times; only the first call counts.
const once = new Promise<string>((resolve, reject) => {
  resolve('first');
  resolve('second'); // ignored
  reject(new Error('too late')); // ignored too: the promise has settled
});
console.log('settled with:', await once);
// #endregion settle-once

// #region async-returns-promise
// An async function always returns a promise, whatever its body returns or throws.
async function answer(): Promise<number> {
  await sleep(1);
  return 42; // becomes the fulfilment value
}
async function refuse(): Promise<number> {
  await sleep(1);
  throw new Error('refused'); // becomes the rejection reason: the call itself never throws
}
const fulfilled = answer();
console.log(`answer() returned ${shown(fulfilled)}; awaited, it gives ${await fulfilled}`);
const rejected = refuse(); // no exception here
console.log('refuse() returned', shown(rejected));
try {
  await rejected; // the exception surfaces where the promise is awaited
} catch (error) {
  console.log('caught at the await:', (error as Error).message);
}
// #endregion async-returns-promise
