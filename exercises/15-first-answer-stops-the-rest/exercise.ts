/** One way to get the answer: async work that stops soon after `signal` aborts. */
export type Attempt<T> = (signal: AbortSignal) => Promise<T>;

/** Starts every attempt at once and fulfils with the first answer; rejects when all fail. */
export async function firstAnswer<T>(attempts: readonly Attempt<T>[]): Promise<T> {
  const signal = new AbortController().signal;
  return Promise.any(attempts.map((attempt) => attempt(signal)));
}
