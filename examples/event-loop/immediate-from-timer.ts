// setImmediate scheduled from a timer callback does not wait for "the next turn": the loop is in
// its timers phase, and the check phase (immediates) comes later in the same iteration, before the
// timers phase of the next one. So it always runs before a setTimeout(0) scheduled beside it.
// #region immediate-from-timer
function firstFromTimer(): Promise<string> {
  const { promise, resolve } = Promise.withResolvers<string>();
  setTimeout(() => {
    const order: string[] = [];
    const done = (name: string): void => {
      order.push(name);
      if (order.length === 2) resolve(order[0] ?? '');
    };
    setTimeout(() => done('setTimeout(0)'), 0);
    setImmediate(() => done('setImmediate'));
  }, 0);
  return promise;
}

const runs = 20;
let immediateFirst = 0;
for (let i = 0; i < runs; i++) {
  if ((await firstFromTimer()) === 'setImmediate') immediateFirst++;
}
console.log(`scheduled from a timer callback, setImmediate ran first in ${immediateFirst} of ${runs} runs`);
// #endregion immediate-from-timer
