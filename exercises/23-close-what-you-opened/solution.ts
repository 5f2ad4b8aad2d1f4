/** Opens the resource called `name`; it is closed by awaiting its `[Symbol.asyncDispose]()`. */
export type Open = (name: string) => Promise<AsyncDisposable>;

/** Opens every name in order; the result closes them all, last opened first. If an open fails, nothing stays open. */
export async function openAll(names: readonly string[], open: Open): Promise<AsyncDisposable> {
  await using stack = new AsyncDisposableStack(); // a throw below closes what it already holds
  for (const name of names) stack.use(await open(name));
  return stack.move(); // success: the caller owns every resource, none closes here
}
