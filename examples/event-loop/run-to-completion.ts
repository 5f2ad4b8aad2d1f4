// Run to completion: a callback never interrupts running JavaScript. A timer due "now" waits until
// the synchronous code that scheduled it gives the thread back to the event loop.
// #region run-to-completion
const order: string[] = [];
const start = performance.now();
const { promise: fired, resolve } = Promise.withResolvers<number>();

setTimeout(() => {
  order.push('setTimeout(0) callback');
  resolve(performance.now() - start);
}, 0);

while (performance.now() - start < 200) {
  // 200 ms of CPU work: nothing else on this thread can run meanwhile
}
order.push('200 ms busy loop done');

const firedAfterMs = await fired;
console.log(order.join(' -> '));
console.log(`fired after the loop: ${firedAfterMs >= 200}`);
// #endregion run-to-completion
