// Node runs your main module to the end first, then the queues it filled: process.nextTick
// callbacks and promise callbacks (microtasks), and only then does the event loop start, with
// timers, immediates and I/O. A callback never interrupts the module that scheduled it.
// (In an ES module, promise callbacks run before nextTick: see the event loop guide.)
// #region order
const order: string[] = [];
setTimeout(() => console.log([...order, '4. a timer: the loop has started'].join('\n')), 0);
process.nextTick(() => order.push('3. process.nextTick'));
void Promise.resolve().then(() => order.push('2. a promise callback'));
order.push('1. the main module, to its last line');
// #endregion order
