import { AsyncLocalStorage } from 'node:async_hooks';

/** Collects callbacks and runs them all together on the next turn of the event loop. */
export class Batcher {
  readonly #pending: (() => void)[] = [];
  #scheduled = false;

  add(callback: () => void): void {
    // Bound here, in the caller's context: the flush runs in the context of whoever scheduled it.
    this.#pending.push(AsyncLocalStorage.bind(callback));
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => this.#flush());
  }

  #flush(): void {
    this.#scheduled = false;
    for (const callback of this.#pending.splice(0)) callback();
  }
}
