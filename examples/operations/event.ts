// An event: tasks wait until someone sets it. A promise from Promise.withResolvers is one, set once.
import { setTimeout as sleep } from 'node:timers/promises';

// #region event
const ready = Promise.withResolvers<void>();
const woken: string[] = [];
const waiters = ['a', 'b'].map(async (name) => {
  await ready.promise;
  woken.push(name);
});
await sleep(5);
console.log(`before set: ${woken.length} woken`);
ready.resolve();
await Promise.all(waiters);
console.log(`after set: ${woken.join(', ')} woken`);
// #endregion event
