// Gather: start several operations, then wait for all of them.
import { setTimeout as sleep } from 'node:timers/promises';

async function job(name: string, ms: number): Promise<string> {
  await sleep(ms);
  console.log(`${name} done`);
  return name;
}

async function failing(ms: number): Promise<never> {
  await sleep(ms);
  throw new Error('boom');
}

// #region gather
// All three run at once: they finish in order of their delays (10, 20, 30 ms),
// but Promise.all keeps the results in the order you passed them.
const results = await Promise.all([job('a', 30), job('b', 10), job('c', 20)]);
console.log(`all: ${results.join(', ')}`);

// allSettled never rejects: it reports each outcome.
const outcomes = await Promise.allSettled([job('d', 10), failing(20)]);
console.log(`allSettled: ${outcomes.map((o) => (o.status === 'fulfilled' ? o.value : `rejected (${(o.reason as Error).message})`)).join(', ')}`);
// #endregion gather
