// Requires: Node 24.5+ (`navigator.locks`)
// navigator.locks (Web Locks API, Node 24.5+, experimental): async tasks that take the same lock
// name run one at a time, in request order, even though both are in flight at once.
import { setTimeout as sleep } from 'node:timers/promises';

// Read a value, wait (an I/O call, say), write it back: a read-modify-write across an await.
let cache = 0;
async function addSlowly(task: string, ms: number): Promise<void> {
  const value = cache;
  console.log(`${task}: read ${value}`);
  await sleep(ms);
  cache = value + 1;
  console.log(`${task}: wrote ${cache}`);
}

// #region no-lock
await Promise.all([addSlowly('A', 100), addSlowly('B', 10)]);
console.log(`without a lock, cache = ${cache} (one update lost)`);
// #endregion no-lock

// #region lock
cache = 0;
const locked = (task: string, ms: number) => navigator.locks.request('cache', () => addSlowly(task, ms));
await Promise.all([locked('A', 100), locked('B', 10)]);
console.log(`with navigator.locks, cache = ${cache}`);
// #endregion lock
