// `enterWith()` changes the store for the rest of the current synchronous run, so one called in an
// async function before its first await leaks into the caller; `run()` scopes the store to its
// callback. The Python twin (set-or-run.py) shows where `ContextVar.set()` leaks.
import { AsyncLocalStorage } from 'node:async_hooks';

// #region set
const user = new AsyncLocalStorage<string>();

async function logInAtOnce(name: string): Promise<void> {
  user.enterWith(name); // still in the caller's synchronous run
  await Promise.resolve();
}

async function logInLater(name: string): Promise<void> {
  await Promise.resolve();
  user.enterWith(name); // in the function's own continuation
}

user.enterWith('anonymous');
await logInAtOnce('ada');
console.log(`enterWith() before the first await: the caller sees ${user.getStore()}`);

user.enterWith('anonymous');
await logInLater('bob');
console.log(`enterWith() after the first await: the caller sees ${user.getStore()}`);

user.enterWith('anonymous');
const inside = user.run('carol', () => user.getStore());
console.log(`run(): ${inside} inside, ${user.getStore()} after`);
// #endregion set
