export type Attempt<T> = (signal: AbortSignal) => Promise<T>;

/** Calls `attempt` until it succeeds, up to `tries` times; stops at once when `signal` aborts. */
export async function withRetries<T>(attempt: Attempt<T>, tries: number, signal: AbortSignal): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(signal);
    } catch (error) {
      if (n === tries) throw error;
    }
  }
}
