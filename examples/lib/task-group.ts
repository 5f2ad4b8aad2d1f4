/**
 * A task group in the style of structured concurrency (Nathaniel J. Smith, "Notes on structured
 * concurrency", 2018) and Python's `asyncio.TaskGroup` (3.11): the group starts every task, waits
 * for all of them, and when one fails it cancels its siblings through an `AbortSignal` and rejects
 * with an `AggregateError` of the real failures. No task outlives the call.
 *
 * @example
 * ```ts
 * const [user, orders] = await runTaskGroup([
 *   (signal) => fetch(`${api}/user`, { signal }).then((r) => r.json()),
 *   (signal) => fetch(`${api}/orders`, { signal }).then((r) => r.json()),
 * ]);
 * ```
 * @module
 */

/** One task of a group: async work that stops soon after `signal` aborts. */
export type GroupTask<T> = (signal: AbortSignal) => Promise<T>;

/** Options for {@link runTaskGroup}. */
export interface TaskGroupOptions {
  /** Cancels the whole group from outside, e.g. `AbortSignal.timeout(5_000)`. */
  signal?: AbortSignal;
}

/** The reason a task group gives its tasks' signal when a sibling fails. */
export class SiblingFailedError extends Error {
  override name = 'SiblingFailedError';
}

/**
 * Runs `tasks` concurrently and waits for every one of them to settle. The first failure aborts
 * the signal all tasks share, so the others can stop early; the group still waits for them, then
 * rejects with an `AggregateError` that holds the failures (cancellations caused by the group
 * itself are left out, as Python's TaskGroup leaves out the siblings' `CancelledError`s).
 *
 * @param tasks - the work, each a function of the group's `AbortSignal`.
 * @param options - an optional outer `signal` that cancels the whole group.
 * @returns the tasks' values, in the order of `tasks`, when every task fulfils.
 * @throws AggregateError when one or more tasks fail; its `errors` are the failures in task order.
 * @throws the outer signal's `reason` when the outer signal aborts and no task failed on its own.
 *
 * @example
 * ```ts
 * try {
 *   await runTaskGroup([(signal) => download(a, signal), (signal) => download(b, signal)]);
 * } catch (error) {
 *   if (error instanceof AggregateError) console.log(error.errors.length, 'failed');
 * }
 * ```
 */
// #region run-task-group
export async function runTaskGroup<T>(tasks: readonly GroupTask<T>[], options: TaskGroupOptions = {}): Promise<T[]> {
  const group = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, group.signal]) : group.signal;
  const settled = await Promise.allSettled(
    tasks.map(async (task) => {
      try {
        return await task(signal);
      } catch (error) {
        if (!signal.aborted) group.abort(new SiblingFailedError('a sibling task failed', { cause: error }));
        throw error;
      }
    }),
  );
  const failures = settled
    .filter((result): result is PromiseRejectedResult => result.status === 'rejected')
    .map((result): unknown => result.reason)
    .filter((reason) => !signal.aborted || !isCancellation(reason, signal.reason));
  if (failures.length > 0) throw new AggregateError(failures, `${failures.length} of ${tasks.length} tasks failed`);
  if (options.signal?.aborted) throw options.signal.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<T>).value);
}
// #endregion run-task-group

/**
 * Whether `error` is a task giving up because the group's signal aborted: the reason itself (what
 * `fetch` and `signal.throwIfAborted()` throw) or Node's `AbortError` with the reason as its cause
 * (what `timers/promises` and `events.once` throw).
 */
function isCancellation(error: unknown, reason: unknown): boolean {
  return error === reason || (error instanceof Error && error.name === 'AbortError' && error.cause === reason);
}
