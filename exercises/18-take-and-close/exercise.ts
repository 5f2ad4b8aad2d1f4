/** The first `n` values of `source`. The source is closed when take ends, however it ends. */
export async function* take<T>(source: AsyncIterable<T>, n: number): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  for (let taken = 0; taken < n; taken++) {
    const result = await iterator.next();
    if (result.done === true) return;
    yield result.value;
  }
}
