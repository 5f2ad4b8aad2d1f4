// Code under test for the testing-async page: a retry with exponential backoff, and three ways to
// sleep that fake timers treat differently.
// #region imports
import { setTimeout as sleepNamed } from 'node:timers/promises'; // an ESM binding, fixed at load
import * as timersNamespace from 'node:timers/promises'; // ESM bindings too, despite the dot
import timers from 'node:timers/promises'; // the module object itself: looked up on every call
// #endregion imports

// #region sleeps
/** A named import: node:test's mock.timers cannot replace this binding. */
export function sleepViaNamedImport(ms: number, signal?: AbortSignal): Promise<void> {
  return sleepNamed(ms, undefined, { signal });
}

/** A namespace import: also ESM bindings, so also out of mock.timers' reach. */
export function sleepViaNamespace(ms: number, signal?: AbortSignal): Promise<void> {
  return timersNamespace.setTimeout(ms, undefined, { signal });
}

/** The default export is the module object that mock.timers patches: looked up here, at call time. */
export function sleepViaModuleObject(ms: number, signal?: AbortSignal): Promise<void> {
  return timers.setTimeout(ms, undefined, { signal });
}

/** The global setTimeout: mocked by node:test and by Vitest alike. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
// #endregion sleeps

// #region retry
/** Calls `task` until it succeeds, waiting baseMs, 2×baseMs, 4×baseMs… between attempts. */
export async function retry<T>(task: () => Promise<T>, options: { attempts: number; baseMs: number; signal?: AbortSignal }): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= options.attempts) throw error;
      await sleep(options.baseMs * 2 ** (attempt - 1), options.signal);
    }
  }
}
// #endregion retry
