/**
 * A scope that owns its tasks, for `await using`: `spawn` starts a task at once with the scope's
 * signal; leaving the block waits for every task; the first failure aborts the others. It keeps
 * `runTaskGroup`'s rules (`../lib/task-group.ts`): the same `SiblingFailedError` as the abort
 * reason, the siblings' cancellations left out, an `AggregateError` of the real failures.
 * @module
 */
import { SiblingFailedError } from '../lib/task-group.ts';

/** Async work that stops soon after `signal` aborts. */
export type ScopeTask = (signal: AbortSignal) => Promise<unknown>;

// #region scope
export class Scope implements AsyncDisposable {
  readonly #controller = new AbortController();
  readonly #running = new Set<Promise<void>>();
  readonly #failures: unknown[] = [];
  #spawned = 0;
  readonly #outer: AbortSignal | undefined;
  readonly signal: AbortSignal; // aborts on a failure, on abort() or with the outer signal

  constructor(outer?: AbortSignal) {
    this.#outer = outer;
    this.signal = outer ? AbortSignal.any([outer, this.#controller.signal]) : this.#controller.signal;
  }

  abort(reason?: unknown): void {
    this.#controller.abort(reason);
  }

  spawn(task: ScopeTask): void {
    this.#spawned++;
    const running: Promise<void> = this.#run(task).then(() => {
      this.#running.delete(running);
    });
    this.#running.add(running);
  }

  async #run(task: ScopeTask): Promise<void> {
    try {
      await task(this.signal);
    } catch (error) {
      if (this.signal.aborted && isCancellation(error, this.signal.reason)) return;
      this.#failures.push(error);
      this.#controller.abort(new SiblingFailedError('a sibling task failed', { cause: error }));
    }
  }

  // The end of the block: wait for every task, even those spawned meanwhile.
  async [Symbol.asyncDispose](): Promise<void> {
    while (this.#running.size > 0) await Promise.all(this.#running);
    if (this.#failures.length > 0) throw new AggregateError(this.#failures, `${this.#failures.length} of ${this.#spawned} tasks failed`);
    this.#outer?.throwIfAborted(); // cancelled from outside: say so, as runTaskGroup does
  }
}
// #endregion scope

/** A task giving up because the scope aborted (as runTaskGroup decides it): the reason, or Node's AbortError caused by it. */
function isCancellation(error: unknown, reason: unknown): boolean {
  return error === reason || (error instanceof Error && error.name === 'AbortError' && error.cause === reason);
}
