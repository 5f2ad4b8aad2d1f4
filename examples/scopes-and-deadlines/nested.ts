// Requires: Node 24+ (native `await using`)
// Scopes nest: an inner scope takes its task's signal as its outer signal (AbortSignal.any), so a
// deadline or failure outside reaches every task inside, while a failure inside stops only its own
// siblings unless the task lets it through.
import { setTimeout as sleep } from 'node:timers/promises';
import { Scope } from './scope.ts';

const stopped: string[] = [];

async function part(name: string, ms: number, signal: AbortSignal): Promise<string> {
  try {
    await sleep(ms, undefined, { signal });
    return name;
  } catch (error) {
    stopped.push(name);
    throw error;
  }
}

async function brokenShard(): Promise<never> {
  await sleep(10);
  throw new Error('shard b is down');
}

// #region nested
async function search(shardMs: number, signal: AbortSignal, failingShard = false): Promise<string> {
  try {
    await using shards = new Scope(signal); // aborts when the caller's scope does
    shards.spawn((s) => part('shard a', shardMs, s));
    shards.spawn((s) => (failingShard ? brokenShard() : part('shard b', shardMs, s)));
  } catch (error) {
    if (signal.aborted) throw error; // cancelled from outside: let it through
    return 'search: from the cache'; // our own shards failed: a fallback, the siblings carry on
  }
  return 'search: from the shards';
}

async function page(signal?: AbortSignal, failingShard = false): Promise<void> {
  await using scope = new Scope(signal);
  scope.spawn(async (s) => console.log(await search(50, s, failingShard)));
  scope.spawn(async (s) => console.log(`ads: ${await part('ads', 30, s)}`));
}

await page(undefined, true); // shard b fails: shard a stops, ads carries on
console.log('stopped:', stopped.splice(0).toSorted());
try {
  await page(AbortSignal.timeout(20)); // the page's deadline reaches the shards too
} catch (error) {
  console.log(`page: ${(error as Error).name}`);
}
console.log('stopped:', stopped.splice(0).toSorted());
// #endregion nested
