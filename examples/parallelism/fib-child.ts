// The child side of fork.ts: a Node process started with fork(). It answers the first number its
// parent sends with fib(number) and ends (with the listener gone, the IPC channel no longer keeps
// it alive). With --crash it is killed instead, as the kernel's out-of-memory killer would kill it.
// Run directly, with no parent and no IPC channel, it does nothing.
import { fib } from './fib.ts';

if (process.send) {
  process.once('message', (n: number) => {
    if (process.argv.includes('--crash')) process.kill(process.pid, 'SIGKILL');
    process.send?.(fib(n));
  });
}
