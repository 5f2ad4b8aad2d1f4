// Deno: --allow-read
// Inside an I/O callback, setImmediate always runs before setTimeout(0): the loop is in its poll
// phase, and the check phase (immediates) comes before the next timers phase.
import { readFile } from 'node:fs';

// #region io-callback
function firstAfterIo(): Promise<string> {
  const { promise, resolve, reject } = Promise.withResolvers<string>();
  readFile(import.meta.filename, (error) => {
    if (error) return reject(error);
    const order: string[] = [];
    const done = (name: string): void => {
      order.push(name);
      if (order.length === 2) resolve(order[0] ?? '');
    };
    setTimeout(() => done('setTimeout'), 0);
    setImmediate(() => done('setImmediate'));
  });
  return promise;
}

const runs = 20;
let immediateFirst = 0;
for (let i = 0; i < runs; i++) {
  if ((await firstAfterIo()) === 'setImmediate') immediateFirst++;
}
console.log(`inside an I/O callback, setImmediate ran first in ${immediateFirst} of ${runs} runs`);
// #endregion io-callback
