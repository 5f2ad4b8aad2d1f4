import timers from 'node:timers/promises'; // the module object, which mock timers patch; a named import is fixed at load

/** Calls `task` until it succeeds, waiting baseMs, 2×baseMs, 4×baseMs… between attempts. */
export async function retry<T>(task: () => Promise<T>, options: { attempts: number; baseMs: number; signal?: AbortSignal }): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= options.attempts) throw error;
      await timers.setTimeout(options.baseMs * 2 ** (attempt - 1), undefined, { signal: options.signal });
    }
  }
}
