// The promise types: Awaited<T> unwraps any depth of promise, Promise.all infers a tuple from a
// tuple, and PromiseLike<T> accepts thenables as well as promises.
import { setTimeout as sleep } from 'node:timers/promises';

// A compile-time check: `Expect<Equal<A, B>>` fails to type-check unless A and B are the same type.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

// #region awaited
async function loadUser(id: number): Promise<{ id: number; name: string }> {
  await sleep(1);
  return { id, name: `user-${id}` };
}

// The value an async function's promise fulfils with, without repeating its type:
type User = Awaited<ReturnType<typeof loadUser>>;
export type UserIsUnwrapped = Expect<Equal<User, { id: number; name: string }>>;
// Awaited unwraps nested promises and thenables, as await does at run time:
export type Nested = Expect<Equal<Awaited<Promise<Promise<number>>>, number>>;
export type Thenable = Expect<Equal<Awaited<PromiseLike<string>>, string>>;

const user: User = await loadUser(1);
console.log(`Awaited: ${user.name}`);
// #endregion awaited

// #region tuple
// An array literal passed straight to Promise.all is read as a tuple: each position keeps its type.
async function countOrders(): Promise<number> {
  await sleep(1);
  return 3;
}
const [who, orders] = await Promise.all([loadUser(2), countOrders()]);
export type Positions = Expect<Equal<[typeof who, typeof orders], [User, number]>>;
console.log(`tuple: ${who.name} has ${orders} orders`);
// #endregion tuple

// #region promise-like
// Accept PromiseLike<T> in a parameter when any thenable will do; `await` handles both.
async function withLogging<T>(label: string, work: PromiseLike<T>): Promise<T> {
  const value = await work;
  console.log(`${label}: settled`);
  return value;
}
// A query builder that runs when awaited: it implements PromiseLike by delegating to a real promise.
class Query implements PromiseLike<string[]> {
  readonly sql: string;
  constructor(sql: string) {
    this.sql = sql;
  }
  then<A = string[], B = never>(
    onFulfilled?: ((rows: string[]) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): PromiseLike<A | B> {
    return this.#run().then(onFulfilled, onRejected);
  }
  async #run(): Promise<string[]> {
    await sleep(1);
    return [`row from ${this.sql}`];
  }
}
console.log(`PromiseLike: ${await withLogging('promise', countOrders())}`);
console.log(`PromiseLike: ${(await withLogging('query', new Query('select 1'))).join()}`);
// #endregion promise-like
