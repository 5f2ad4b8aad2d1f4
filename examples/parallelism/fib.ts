// A CPU-bound job: the naive Fibonacci. fib(36) takes a few hundred milliseconds.
export function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
