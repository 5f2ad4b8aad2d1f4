// Feature: `Iterator.concat()`
// Requires: Node 26.0+ (`Iterator.concat`, V8 14.6)
// Source: https://nodejs.org/en/blog/release/v26.0.0
// Fallback: a generator that yields from each iterable in turn (`yield* a; yield* b;`)
// Iterator sequencing: one iterator that runs through several in turn, lazily.
declare global {
  interface IteratorConstructor {
    concat<T>(...iterables: Iterable<T>[]): IteratorObject<T, undefined, unknown>;
  }
}
const all = Iterator.concat([1, 2], new Set([3]), ['a', 'b'].values().map((s) => s.length + 3));
console.log([...all].join(' '));
export {};
