// A Node process started with child_process.fork(): a job goes over the IPC channel, the answer
// comes back, and the parent awaits the child's 'exit'. A second child is killed mid-job: the
// parent gets an error and an exit signal, and carries on.
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';

// #region ask
/** Sends a job to a child and awaits its answer; rejects if the channel closes first (it died). */
async function ask(child: ChildProcess, job: number): Promise<number> {
  const gone = new AbortController();
  const onDisconnect = () => gone.abort(new Error('the child closed its channel before answering'));
  child.once('disconnect', onDisconnect); // comes after every message the child sent
  try {
    child.send(job);
    const [answer] = (await once(child, 'message', { signal: gone.signal })) as [number];
    return answer;
  } finally {
    child.off('disconnect', onDisconnect);
  }
}
// #endregion ask

// #region fork
const child = fork(new URL('./fib-child.ts', import.meta.url));
const exited = once(child, 'exit'); // listen now: 'exit' may come before the answer is read
console.log(`fib(30) computed in another process: ${await ask(child, 30)}`);
const [code] = (await exited) as [number | null];
console.log(`the child exited by itself with code ${code}`);
// #endregion fork

// #region crash
const doomed = fork(new URL('./fib-child.ts', import.meta.url), ['--crash']);
const killed = once(doomed, 'exit');
try {
  await ask(doomed, 30);
} catch (error) {
  console.log(`ask rejected: ${((error as Error).cause as Error).message}`);
}
const [, signal] = (await killed) as [number | null, NodeJS.Signals | null];
console.log(`the child was killed by ${signal}; this process carries on`);
// #endregion crash
