// A task group: the first failure cancels the siblings, the group waits for all of them, then
// rejects with an AggregateError. Every line below prints in this order on every run; the times
// are milliseconds from the start.
import { setTimeout as sleep } from 'node:timers/promises';
import { runTaskGroup } from '../lib/task-group.ts';

// #region task-group
const t0 = performance.now();
const at = (): string => `${Math.round(performance.now() - t0)} ms`;

async function worker(name: string, ms: number, signal: AbortSignal): Promise<string> {
  console.log(`${name}: started at ${at()}`);
  try {
    await sleep(ms, undefined, { signal });
  } catch (error) {
    console.log(`${name}: cancelled (${(error as Error).name}) at ${at()}`);
    throw error;
  }
  console.log(`${name}: finished at ${at()}`);
  return name;
}

async function broken(ms: number): Promise<never> {
  console.log(`broken: started at ${at()}`);
  await sleep(ms);
  console.log(`broken: failing at ${at()}`);
  throw new Error('broken failed');
}

try {
  await runTaskGroup([(s) => worker('a', 10, s), () => broken(30), (s) => worker('c', 200, s)]);
} catch (error) {
  if (!(error instanceof AggregateError)) throw error;
  console.log(`group: ${error.message}:`, error.errors.map((e: Error) => e.message));
}
// #endregion task-group

// #region outer-signal
const results = await runTaskGroup([(s) => worker('d', 10, s), (s) => worker('e', 20, s)], { signal: AbortSignal.timeout(1_000) });
console.log('group:', results);
// #endregion outer-signal
