/** Opens the resource called `name`; it is closed by awaiting its `[Symbol.asyncDispose]()`. */
export type Open = (name: string) => Promise<AsyncDisposable>;

/** Opens every name in order; the result closes them all, last opened first. If an open fails, nothing stays open. */
export async function openAll(names: readonly string[], open: Open): Promise<AsyncDisposable> {
  const opened: AsyncDisposable[] = [];
  for (const name of names) opened.push(await open(name));
  return {
    async [Symbol.asyncDispose]() {
      for (const resource of opened) await resource[Symbol.asyncDispose]();
    },
  };
}
