// Feature: `timeout[Symbol.dispose]()` and `immediate[Symbol.dispose]()`
// Source: https://nodejs.org/docs/latest-v24.x/api/timers.html#timeoutsymboldispose
// Fallback: none needed on 22; or `clearTimeout` / `clearImmediate` in a `finally`
// Disposing a timer cancels it: its callback never runs.
import { setTimeout as sleep } from 'node:timers/promises';

const ran: string[] = [];
const timeout = setTimeout(() => ran.push('timeout'), 1);
const immediate = setImmediate(() => ran.push('immediate'));
timeout[Symbol.dispose]();
immediate[Symbol.dispose]();
await sleep(10);
console.log(`callbacks that ran: ${ran.length}`);
