/** Calls `operation` up to `attempts` times; resolves with the first success or rejects with the last error. */
export async function retry<T>(operation: () => Promise<T>, attempts: number): Promise<T> {
  const result = operation();
  let lastError: unknown = new Error('no attempt was made');
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await result;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
