// A batcher that queues callbacks and flushes them from its own timer: the callbacks run in the
// context of the timer, not of the request that queued them, unless they are bound.
import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';

const context = new AsyncLocalStorage<string>();

// #region batcher
/** Collects callbacks and runs them all together on the next flush. */
class Batcher {
  readonly #pending: (() => void)[] = [];
  #timer: NodeJS.Timeout | undefined;

  add(callback: () => void): void {
    this.#pending.push(callback);
    // The first add starts the timer, so the timer (and every flush) belongs to that caller's context.
    if (this.#timer === undefined) this.#timer = setTimeout(() => this.#flush(), 10);
  }

  #flush(): void {
    this.#timer = undefined;
    for (const callback of this.#pending.splice(0)) callback();
  }
}
// #endregion batcher

// #region bind
const batcher = new Batcher();
const { promise, resolve } = Promise.withResolvers<void>();
let calls = 0;
const report = (label: string) => () => {
  console.log(`${label}: ${context.getStore()}`);
  if (++calls === 4) resolve();
};

context.run('request 1', () => batcher.add(report('request 1, unbound')));
context.run('request 2', () => batcher.add(report('request 2, unbound')));
context.run('request 2', () => {
  batcher.add(AsyncLocalStorage.bind(report('request 2, AsyncLocalStorage.bind')));
  batcher.add(AsyncResource.bind(report('request 2, AsyncResource.bind')));
});
await promise;
// #endregion bind
