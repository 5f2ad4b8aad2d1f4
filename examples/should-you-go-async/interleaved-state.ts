// Code written for one request at a time, run for two at once. Each `await` lets the other request
// run, so state that lived "for the duration of the call" now lives across someone else's call too.
import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

// #region module-state
// Sync-era habit: a module-level "current user", set at the start of a request.
let currentUser = '';

async function handle(user: string, lookupMs: number): Promise<string> {
  currentUser = user;
  await sleep(lookupMs); // a database lookup
  return `${user}'s request ran as ${currentUser}`;
}
console.log((await Promise.all([handle('ada', 20), handle('bob', 10)])).join('\n'));
// #endregion module-state

// #region shared-transaction
// Sync-era habit: one client, and "the" transaction on it.
const statements: string[] = [];
const client = {
  async query(sql: string): Promise<void> {
    statements.push(sql);
    await sleep(5);
  },
};

async function transfer(from: string, to: string): Promise<void> {
  await client.query('BEGIN');
  await client.query(`UPDATE ${from} -10`);
  await client.query(`UPDATE ${to} +10`);
  await client.query('COMMIT');
}
await Promise.all([transfer('a', 'b'), transfer('c', 'd')]);
console.log(`one connection, two transfers: ${statements.join(', ')}`);
// #endregion shared-transaction

// #region fixed
// The same handler with per-request state: each request's store follows its own awaits.
const user = new AsyncLocalStorage<string>();
async function handleFixed(name: string, lookupMs: number): Promise<string> {
  return user.run(name, async () => {
    await sleep(lookupMs);
    return `${name}'s request ran as ${user.getStore() ?? '?'}`;
  });
}
console.log((await Promise.all([handleFixed('ada', 20), handleFixed('bob', 10)])).join('\n'));
// #endregion fixed
