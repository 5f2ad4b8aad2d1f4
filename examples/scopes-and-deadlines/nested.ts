// Requires: Node 24+ (native `await using`)
// Scopes nest: an inner scope takes its task's signal as its outer signal (AbortSignal.any), so a
// deadline outside reaches every task inside.
import { setTimeout as sleep } from 'node:timers/promises';
import { Scope } from './scope.ts';

const stopped: string[] = [];

async function part(name: string, ms: number, signal: AbortSignal): Promise<void> {
  try {
    await sleep(ms, undefined, { signal });
  } catch (error) {
    stopped.push(name);
    throw error;
  }
}

// #region nested
async function search(signal: AbortSignal): Promise<void> {
  await using shards = new Scope(signal); // aborts when the page's scope does
  shards.spawn((s) => part('shard a', 50, s));
  shards.spawn((s) => part('shard b', 50, s));
}
// #endregion nested

try {
  await using page = new Scope(AbortSignal.timeout(20)); // the page's deadline
  page.spawn(search);
  page.spawn((s) => part('ads', 30, s));
} catch (error) {
  console.log(`page: ${(error as Error).name}; stopped:`, stopped.toSorted());
}
