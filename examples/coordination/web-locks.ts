// Requires: Node 24.5+ (`navigator.locks`)
// navigator.locks, the Web Locks API: named locks held for the length of a callback, with shared
// (reader) mode, a non-blocking try, and a signal that gives up waiting.
import { setTimeout as sleep } from 'node:timers/promises';

const log: string[] = [];
async function hold(who: string, ms: number): Promise<void> {
  log.push(`${who} in`);
  await sleep(ms);
  log.push(`${who} out`);
}

// #region modes
// Exclusive (the default) runs alone; 'shared' holders run together, but never beside an exclusive one.
await Promise.all([
  navigator.locks.request('config', { mode: 'shared' }, () => hold('reader 1', 20)),
  navigator.locks.request('config', { mode: 'shared' }, () => hold('reader 2', 10)),
  navigator.locks.request('config', () => hold('writer', 5)),
]);
console.log(log.join(', '));
// #endregion modes

// #region try-and-timeout
// ifAvailable: run now or get null, like lock.locked() before acquire(). A signal: stop waiting.
const holding = navigator.locks.request('report', () => sleep(50));
const tried = await navigator.locks.request('report', { ifAvailable: true }, (granted) => granted?.name ?? null);
console.log(`ifAvailable while held: ${tried}`);
try {
  await navigator.locks.request('report', { signal: AbortSignal.timeout(10) }, () => 'got it');
} catch (error) {
  console.log(`waited 10 ms, gave up: ${(error as DOMException).name}`);
}
await holding;
// #endregion try-and-timeout
