// Turning callback and event APIs into promises: util.promisify for the (error, value) callback
// convention, events.once for an EventEmitter, new Promise for anything else. And thenables:
// await accepts any object with a then method.
import { EventEmitter, once } from 'node:events';
import { promisify } from 'node:util';
import { gzip, gunzip } from 'node:zlib';

// #region promisify
// Node's callback convention: the last argument is (error, value) => void.
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
const packed = await gzipAsync('hello '.repeat(100));
const unpacked = await gunzipAsync(packed);
console.log(`promisify: ${unpacked.length} bytes back from ${packed.length < unpacked.length ? 'fewer' : 'more'} packed bytes`);
// #endregion promisify

// #region once
// One event becomes one promise; an 'error' event rejects it instead.
const job = new EventEmitter<{ done: [result: string]; error: [Error] }>();
setImmediate(() => job.emit('done', 'report.pdf'));
const [result] = (await once(job, 'done')) as [string]; // once resolves with the event's arguments
console.log('once:', result);

setImmediate(() => job.emit('error', new Error('printer on fire')));
try {
  await once(job, 'done');
} catch (error) {
  console.log('once rejected:', (error as Error).message);
}
// #endregion once

// #region by-hand
// An API that fits neither: wrap it in new Promise, settle it from the callbacks, and clean up.
function nextKeypress(input: EventEmitter, key: string): Promise<string> {
  return new Promise((resolve) => {
    const onData = (pressed: string) => {
      if (pressed !== key) return;
      input.off('data', onData); // stop listening once settled
      resolve(pressed);
    };
    input.on('data', onData);
  });
}
const keyboard = new EventEmitter();
const enter = nextKeypress(keyboard, 'enter');
for (const key of ['a', 'b', 'enter']) keyboard.emit('data', key);
console.log('by hand:', await enter, `(listeners left: ${keyboard.listenerCount('data')})`);
// #endregion by-hand

// #region thenable
// Anything with a then(onFulfilled, onRejected) method is awaited like a promise, and
// Promise.resolve turns it into a real one. Query builders use this: `await db.select()` runs it.
const query = {
  sql: 'select 1',
  then(onFulfilled: (rows: number[]) => void) {
    console.log('thenable: then() called');
    onFulfilled([1]);
  },
};
console.log('thenable: awaited', await query);
const adopted = Promise.resolve(query); // calls then() in a microtask, not now
console.log('thenable: Promise.resolve gave a real promise:', adopted instanceof Promise);
console.log('thenable: awaited', await adopted);
// #endregion thenable
