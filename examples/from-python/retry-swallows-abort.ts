// A retry-any-error loop swallows an abort: Node's AbortError is an ordinary Error, so `catch`
// takes it like a network failure and tries again. The Python twin (retry-swallows-abort.py) shows
// CancelledError, a BaseException since Python 3.8, passing through `except Exception`.
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';

// #region retry
async function withRetries<T>(attempt: () => Promise<T>, tries: number): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (n === tries) throw error;
      console.log(`attempt ${n} failed, retrying`); // an AbortError too
    }
  }
}
// #endregion retry

// #region rethrow
async function withRetriesUntilAborted<T>(attempt: () => Promise<T>, tries: number, signal: AbortSignal): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      signal.throwIfAborted(); // a cancelled call is not a failed attempt
      if (n === tries) throw error;
      console.log(`attempt ${n} failed, retrying`);
    }
  }
}
// #endregion rethrow

// #region cancel
type Retrying = (attempt: () => Promise<void>, signal: AbortSignal) => Promise<void>;

/** Starts a slow request under `retrying`, and cancels it during the first attempt. */
async function cancelDuringFirstAttempt(retrying: Retrying): Promise<string> {
  const controller = new AbortController();
  let attempts = 0;
  const call = retrying(async () => {
    attempts++;
    await sleep(60_000, undefined, { signal: controller.signal }); // a slow request
  }, controller.signal);
  await nextTurn();
  controller.abort(); // the caller gives up
  const outcome = await call.then(() => 'a result', (error: unknown) => (error instanceof Error ? error.name : 'a non-error'));
  return `attempts: ${attempts}, ended with ${outcome}`;
}

console.log(`catch-all: ${await cancelDuringFirstAttempt((attempt) => withRetries(attempt, 3))}`);
console.log(`rethrows the abort: ${await cancelDuringFirstAttempt((attempt, signal) => withRetriesUntilAborted(attempt, 3, signal))}`);
// #endregion cancel
