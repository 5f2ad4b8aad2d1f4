// "Don't release Zalgo": a callback API that is sometimes synchronous and sometimes not makes the
// caller's order depend on a cache it cannot see.
import { setTimeout as sleep } from 'node:timers/promises';

const cache = new Map<string, string>();

async function fetchUser(id: string): Promise<string> {
  await sleep(10);
  return `user ${id}`;
}

// #region zalgo
// Wrong: calls back synchronously on a cache hit, asynchronously on a miss.
function getUserZalgo(id: string, callback: (user: string) => void): void {
  const cached = cache.get(id);
  if (cached !== undefined) return callback(cached);
  fetchUser(id).then(
    (user) => {
      cache.set(id, user);
      callback(user);
    },
    (error: unknown) => console.error(error),
  );
}
// #endregion zalgo

// #region fixed
// Right: always asynchronous. queueMicrotask defers the cache hit to after the caller's code.
function getUser(id: string, callback: (user: string) => void): void {
  const cached = cache.get(id);
  if (cached !== undefined) {
    queueMicrotask(() => callback(cached));
    return;
  }
  fetchUser(id).then(
    (user) => {
      cache.set(id, user);
      callback(user);
    },
    (error: unknown) => console.error(error),
  );
}

// Or return a Promise: an async function's result is never delivered synchronously.
async function getUserAsync(id: string): Promise<string> {
  const cached = cache.get(id);
  if (cached !== undefined) return cached;
  const user = await fetchUser(id);
  cache.set(id, user);
  return user;
}
// #endregion fixed

/** Calls `lookup` and reports whether its callback ran before or after the code after the call. */
async function order(label: string, lookup: (done: () => void) => void): Promise<void> {
  const events: string[] = [];
  const { promise, resolve } = Promise.withResolvers<void>();
  lookup(() => {
    events.push('callback');
    resolve();
  });
  events.push('after call');
  await promise;
  console.log(`${label}: ${events.join(' → ')}`);
}

// #region demo
cache.clear();
await order('zalgo, cache miss', (done) => getUserZalgo('ada', done));
await order('zalgo, cache hit ', (done) => getUserZalgo('ada', done));
cache.clear();
await order('queueMicrotask, miss', (done) => getUser('ada', done));
await order('queueMicrotask, hit ', (done) => getUser('ada', done));
cache.clear();
await order('async fn, miss', (done) => void getUserAsync('ada').then(done));
await order('async fn, hit ', (done) => void getUserAsync('ada').then(done));
// #endregion demo
