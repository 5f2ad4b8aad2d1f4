/** Collects callbacks and runs them all together on the next turn of the event loop. */
export class Batcher {
  readonly #pending: (() => void)[] = [];
  #scheduled = false;

  add(callback: () => void): void {
    this.#pending.push(callback);
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => this.#flush());
  }

  #flush(): void {
    this.#scheduled = false;
    for (const callback of this.#pending.splice(0)) callback();
  }
}
