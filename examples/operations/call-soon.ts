// call_soon: run a callback after the current code, without a timer. Inside a callback of the loop
// (a request handler, a timer), Node drains process.nextTick first, then promise callbacks
// (queueMicrotask), and runs setImmediate in the loop's check phase, later in the same iteration.
// (At the top level of an ES module, promise callbacks come first: see the event loop guide.)
const order: string[] = [];

// #region call-soon
setTimeout(() => {
  setImmediate(() => {
    order.push('setImmediate');
    console.log(order.join(' → '));
  });
  queueMicrotask(() => order.push('queueMicrotask'));
  process.nextTick(() => order.push('nextTick'));
  order.push('synchronous code');
}, 0);
// #endregion call-soon
