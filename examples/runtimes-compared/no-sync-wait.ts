// There is no `.Result` in JavaScript: no way to block until a promise settles. Spinning on the
// thread does not help either, because the promise's callbacks run on that same thread, only after
// the current code has returned. (In .NET, blocking on .Result can deadlock for a related reason.)
// #region spin
let settled = false;
const flagged = Promise.resolve('ready').then(() => (settled = true)); // settles "immediately"

const deadline = performance.now() + 200;
while (!settled && performance.now() < deadline) {
  // spin for up to 200 ms, waiting for the promise
}
console.log(`settled while we spun for 200 ms: ${settled}`);
await flagged; // give the thread back: now the callback runs
console.log(`settled after one await: ${settled}`);
// #endregion spin
