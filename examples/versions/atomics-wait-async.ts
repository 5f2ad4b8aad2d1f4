// Feature: `Atomics.waitAsync`
// Source: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Atomics/waitAsync
// Fallback: none needed on 22
// Waiting on shared memory without blocking the thread: the three outcomes of Atomics.waitAsync.
// A pending wait does not keep Node's event loop alive by itself (Node would exit with an unsettled
// top-level await), so a timer holds the process open while this waits for its time-out.
const cell = new Int32Array(new SharedArrayBuffer(4));

const changed = Atomics.waitAsync(cell, 0, 1);
console.log(`value already changed: ${changed.async ? 'no, waiting' : changed.value}`);

const keepAlive = setInterval(() => {}, 1_000);
const timedOut = Atomics.waitAsync(cell, 0, 0, 20);
console.log(`timed out: ${String(await timedOut.value)}`);
clearInterval(keepAlive);

const woken = Atomics.waitAsync(cell, 0, 0);
setTimeout(() => {
  Atomics.store(cell, 0, 1);
  Atomics.notify(cell, 0);
}, 10);
console.log(`woken by notify: ${String(await woken.value)}`);
