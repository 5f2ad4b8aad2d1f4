/** Calls `operation` up to `attempts` times; resolves with the first success or rejects with the last error. */
export async function retry<T>(operation: () => Promise<T>, attempts: number): Promise<T> {
  let lastError: unknown = new Error('no attempt was made');
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      // A new call per attempt: each call starts the work again.
      return await operation();
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
