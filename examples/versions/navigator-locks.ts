// Feature: `navigator.locks`
// Requires: Node 24.5+ (`navigator.locks`)
// Source: https://nodejs.org/docs/latest-v24.x/api/globals.html#navigatorlocks
// Fallback: a promise-chain lock of a few lines, or the `async-mutex` package
// Two tasks ask for the same lock: the second runs only after the first releases it, even though
// the first holds it longer.
import { setTimeout as sleep } from 'node:timers/promises';

const log: string[] = [];

async function withAccount(name: string, holdMs: number): Promise<void> {
  await navigator.locks.request('account', async () => {
    log.push(`${name} acquired`);
    await sleep(holdMs);
    log.push(`${name} released`);
  });
}

await Promise.all([withAccount('A', 30), withAccount('B', 10)]);
console.log(log.join('\n'));
