// A request's deadline: an AbortSignal that aborts when the time is up, with the 504 to answer as
// its reason, passed down to every call the request makes. Dispose of it when the request ends, so
// its timer does not outlive the request.
import { deadlineExceeded, type HttpError } from './errors.ts';

export interface Deadline extends Disposable {
  readonly signal: AbortSignal;
  /** The milliseconds left, 0 once passed. */
  remainingMs: () => number;
  /** Ends it now with `reason` (the shutdown stops the requests it cannot wait for). */
  abort: (reason: HttpError) => void;
}

// #region start
export function startDeadline(ms: number): Deadline {
  const controller = new AbortController();
  const endsAt = Date.now() + ms;
  const timer = setTimeout(() => controller.abort(deadlineExceeded(ms)), ms);
  return {
    signal: controller.signal,
    remainingMs: () => Math.max(0, endsAt - Date.now()),
    abort: (reason) => {
      clearTimeout(timer);
      controller.abort(reason);
    },
    [Symbol.dispose]: () => clearTimeout(timer),
  };
}
// #endregion start
