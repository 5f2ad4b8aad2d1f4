/** The first `n` values of `source`. The source is closed when take ends, however it ends. */
export async function* take<T>(source: AsyncIterable<T>, n: number): AsyncGenerator<T> {
  if (n <= 0) return;
  let taken = 0;
  // Leaving this loop, by the return below or because take itself is closed at its yield, calls the source's return().
  for await (const value of source) {
    yield value;
    taken++;
    if (taken === n) return;
  }
}
