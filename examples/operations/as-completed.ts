// as_completed: handle each result as it settles. Racing the remaining promises, each tagged with
// its own index, gives them in settling order.
import { setTimeout as sleep } from 'node:timers/promises';

// #region as-completed
const jobs = [30, 10, 20].map((ms) => sleep(ms, `${ms} ms job`));
const pending = new Map(jobs.map((job, i) => [i, job.then((value) => ({ i, value }))]));
while (pending.size > 0) {
  const { i, value } = await Promise.race(pending.values());
  pending.delete(i);
  console.log(`done: ${value}`);
}
// #endregion as-completed
