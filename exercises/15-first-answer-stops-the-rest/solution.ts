/** One way to get the answer: async work that stops soon after `signal` aborts. */
export type Attempt<T> = (signal: AbortSignal) => Promise<T>;

/** Starts every attempt at once and fulfils with the first answer; rejects when all fail. */
export async function firstAnswer<T>(attempts: readonly Attempt<T>[]): Promise<T> {
  const won = new AbortController();
  let winner: { value: T } | undefined;
  const settled = await Promise.allSettled(
    attempts.map(async (attempt) => {
      const value = await attempt(won.signal);
      winner ??= { value };
      won.abort(new Error('another attempt answered first')); // the others stop; allSettled waits for them
    }),
  );
  if (winner) return winner.value;
  throw new AggregateError(settled.map((result) => (result as PromiseRejectedResult).reason as unknown), 'every attempt failed');
}
