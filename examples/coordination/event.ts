// asyncio.Event as a promise: Promise.withResolvers gives a promise and the function that settles
// it, so "wait until it is set" is await, and "set" is resolve. A promise settles once, so clear()
// starts a new one.
import { setTimeout as sleep } from 'node:timers/promises';

// #region event
class AsyncEvent {
  #set = Promise.withResolvers<void>();
  #isSet = false;

  isSet(): boolean {
    return this.#isSet;
  }
  set(): void {
    this.#isSet = true;
    this.#set.resolve(); // wakes every waiter; later waiters return at once
  }
  clear(): void {
    if (this.#isSet) this.#set = Promise.withResolvers<void>();
    this.#isSet = false;
  }
  wait(): Promise<void> {
    return this.#set.promise;
  }
}

const ready = new AsyncEvent();
const order: string[] = [];
const waiters = ['cache', 'metrics'].map(async (name) => {
  await ready.wait();
  order.push(`${name} saw the event`);
});
await sleep(10);
order.push('connected: set()');
ready.set();
await Promise.all(waiters);
await ready.wait(); // already set: returns at once
order.push(`late waiter: no wait (isSet ${ready.isSet()})`);
console.log(order.join('\n'));
// #endregion event
