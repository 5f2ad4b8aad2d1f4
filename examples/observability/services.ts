// Two shared services a request hands callbacks to, each created once at startup, outside every
// request, as a real service creates its pools and job runners. Used by lost-id.ts and bound-id.ts.
import type { EventEmitter } from 'node:events';

// #region pool
/** A callback-style pool of `size` connections: a waiting callback runs when another is released. */
export class CallbackPool {
  #free: number;
  readonly #waiting: ((release: () => void) => void)[] = [];
  constructor(size: number) {
    this.#free = size;
  }
  acquire(callback: (release: () => void) => void): void {
    if (this.#free > 0) {
      this.#free--;
      callback(() => this.#release());
    } else {
      this.#waiting.push(callback);
    }
  }
  #release(): void {
    const next = this.#waiting.shift();
    if (next) next(() => this.#release()); // runs in the context of whoever released
    else this.#free++;
  }
}
// #endregion pool

// #region runner
/** Runs submitted jobs from its own timer, and emits 'done' on each. */
export class JobRunner {
  readonly #queue: EventEmitter[] = [];
  readonly #timer = setInterval(() => {
    for (const job of this.#queue.splice(0)) job.emit('done'); // the timer's context: no request
  }, 5);
  submit(job: EventEmitter): void {
    this.#queue.push(job);
  }
  close(): void {
    clearInterval(this.#timer);
  }
}
// #endregion runner
