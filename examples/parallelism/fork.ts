// Deno: --allow-env
// child_process.fork(): a job and its answer over the IPC channel, then the child's 'exit'; a
// second child is killed mid-job, and the parent carries on.
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';

/** The child's answer to a job; rejects if its channel closes first (it died). */
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

// #region fork
const child = fork(new URL('./fib-child.ts', import.meta.url));
const exited = once(child, 'exit'); // listen now: 'exit' may come before the answer is read
console.log(`fib(30) computed in another process: ${await ask(child, 30)}`);
const [code] = (await exited) as [number | null];
console.log(`the child exited by itself with code ${code}`);
// #endregion fork

const doomed = fork(new URL('./fib-child.ts', import.meta.url), ['--crash']);
const killed = once(doomed, 'exit');
try {
  await ask(doomed, 30);
} catch (error) {
  console.log(`ask rejected: ${((error as Error).cause as Error).message}`);
}
const [, signal] = (await killed) as [number | null, NodeJS.Signals | null];
console.log(`the child was killed by ${signal}; this process carries on`);
