// then, catch and finally each return a new promise, so calls chain. What a callback returns
// becomes the next promise's value; a promise it returns is waited for first; a throw rejects it.
import { setTimeout as sleep } from 'node:timers/promises';

interface User {
  id: number;
  name: string;
}
async function findUser(id: number): Promise<User> {
  await sleep(5);
  if (id < 0) throw new Error(`no user ${id}`);
  return { id, name: `user-${id}` };
}
async function countOrders(user: User): Promise<number> {
  await sleep(5);
  return user.id * 2;
}

// #region chain
const orders = await findUser(7)
  .then((user) => countOrders(user)) // returns a promise: the chain waits for it
  .then((count) => `${count} orders`) // returns a value: the next step gets it
  .catch((error: unknown) => `failed: ${(error as Error).message}`) // any earlier rejection lands here
  .finally(() => console.log('chain: finally runs either way, and passes the value through'));
console.log('chain:', orders);

const missing = await findUser(-1)
  .then((user) => countOrders(user)) // skipped: findUser rejected
  .catch((error: unknown) => `failed: ${(error as Error).message}`);
console.log('chain:', missing);
// #endregion chain

// #region same-with-await
// The same chain written with await: one try/catch/finally, read top to bottom.
async function describeOrders(id: number): Promise<string> {
  try {
    const user = await findUser(id);
    return `${await countOrders(user)} orders`;
  } catch (error) {
    return `failed: ${(error as Error).message}`;
  } finally {
    console.log('await: finally runs either way');
  }
}
console.log('await:', await describeOrders(7));
// #endregion same-with-await

// #region forgot-return
// A block body without `return` hands undefined to the next step, which does not wait: the
// count arrives later and goes nowhere. (The linter reports the dropped promise; see below.)
const lost = await findUser(7)
  .then((user) => {
    // eslint-disable-next-line @typescript-eslint/no-floating-promises -- the mistake this region shows
    countOrders(user);
  })
  .then((count) => `got ${String(count)}`);
console.log('forgot return:', lost);

const kept = await findUser(7)
  .then((user) => {
    return countOrders(user); // the fix: return it (or write an expression body)
  })
  .then((count) => `got ${count}`);
console.log('returned:', kept);
// #endregion forgot-return
