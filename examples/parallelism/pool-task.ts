// The task file of pool.ts: piscina calls its default export in a pool thread with the task's
// argument. Run directly it only defines a function, so it prints nothing.
import { fib } from './fib.ts';

export default function task(n: number): number {
  return fib(n);
}
