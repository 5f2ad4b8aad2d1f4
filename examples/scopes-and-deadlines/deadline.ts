/**
 * Deadlines that travel with the signal: `deadlineSignal(ms)` is `AbortSignal.timeout(ms)` that
 * also remembers when it fires, so a layer handed the signal can ask how much time is left.
 * A layer can shorten the budget (`deadlineSignal(ms, signal)`), never lengthen it.
 * @module
 */

/** When each deadline signal fires, in `performance.now()` time. */
const deadlines = new WeakMap<AbortSignal, number>();

// #region deadline
/** A signal that aborts with a TimeoutError `ms` from now, or earlier if `parent` does. */
export function deadlineSignal(ms: number, parent?: AbortSignal): AbortSignal {
  const now = performance.now();
  const at = Math.min(now + ms, parent ? now + remainingMs(parent) : Infinity);
  const timeout = AbortSignal.timeout(Math.max(0, Math.ceil(at - now)));
  const signal = parent ? AbortSignal.any([parent, timeout]) : timeout;
  deadlines.set(signal, at);
  return signal;
}

/** Milliseconds until `signal`'s deadline: Infinity for a signal without one. */
export function remainingMs(signal: AbortSignal): number {
  return (deadlines.get(signal) ?? Infinity) - performance.now();
}
// #endregion deadline

export class DeadlineTooShortError extends Error {
  override name = 'DeadlineTooShortError';
}

/** Refuses to start work that needs `costMs` when less is left: fail now, not at the deadline. */
export function assertTimeFor(costMs: number, signal: AbortSignal, what: string): void {
  signal.throwIfAborted();
  const left = remainingMs(signal);
  if (left < costMs) throw new DeadlineTooShortError(`${what} needs ${costMs} ms, ${Math.round(left)} ms left`);
}
