// What an async stack trace keeps and what it loses. V8 rebuilds the chain of awaiting async
// functions when an error passes through `await` (its "async stack traces"); a callback that the
// loop calls (a timer, an event listener) starts a fresh stack with no caller in it. Each case
// prints the function names of the error's frames, innermost first.
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

// #region frames
/** The function names in an error's stack, innermost first: frames in this file, and V8's markers such as `Promise.all (index 0)`. */
function frameNames(error: unknown): string {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const names = [...stack.matchAll(/^ {4}at (async )?(.*?)(?: \((.*)\))?$/gm)].flatMap(([, isAsync = '', name = '', location]) => {
    const here = (location ?? name).includes(import.meta.filename);
    if (!here && location !== undefined && !location.startsWith('index')) return []; // a frame inside Node
    const label = here && location === undefined ? '<top level>' : name.replace(/ \[as \w+\]$/, '');
    return [`${isAsync}${label}`];
  });
  return names.join(' <- ');
}
// #endregion frames

async function charge(): Promise<never> {
  await sleep(1);
  throw new Error('card declined');
}

// #region kept
async function checkout(): Promise<void> {
  await charge();
}
async function handleRequest(): Promise<void> {
  await checkout();
}
async function handleBatch(): Promise<void> {
  await Promise.all([charge(), sleep(10)]);
}
// #endregion kept

// #region then
function chargeThen(): Promise<void> {
  return sleep(1).then(function afterSleep() {
    throw new Error('card declined');
  });
}
async function checkoutWithThen(): Promise<void> {
  await chargeThen();
}
// #endregion then

// #region lost
function chargeLater(): Promise<void> {
  // The callback throws when the timer fires: its stack starts at the timer.
  return new Promise((_resolve, reject) => {
    setTimeout(function onTimer() {
      reject(new Error('card declined'));
    }, 1);
  });
}
async function checkoutWithTimer(): Promise<void> {
  await chargeLater();
}
async function waitForPayment(payments: EventEmitter): Promise<void> {
  await once(payments, 'paid'); // rejects with the 'error' event's error
}
async function checkoutWithTimeout(): Promise<void> {
  // The classic hand-written timeout: the rejection is created in a timer callback.
  const timeout = new Promise<never>((_resolve, reject) => setTimeout(function onDeadline() {
    reject(new Error('timed out'));
  }, 1));
  await Promise.race([sleep(50), timeout]);
}
// #endregion lost

// #region kept-with-cause
async function checkoutWithCause(): Promise<void> {
  try {
    await chargeLater();
  } catch (error) {
    throw new Error('checkout failed', { cause: error }); // created here: the async chain is in its stack
  }
}
// #endregion kept-with-cause

// #region cases
const payments = new EventEmitter();
const cases: [string, () => Promise<unknown>][] = [
  ['await chain', () => handleRequest()],
  ['Promise.all', () => handleBatch()],
  ['a .then callback', () => checkoutWithThen()],
  ['a timer callback', () => checkoutWithTimer()],
  ['an event emitter', () => {
    setTimeout(function onGatewayError() {
      payments.emit('error', new Error('gateway down'));
    }, 1);
    return waitForPayment(payments);
  }],
  ['Promise.race against a timer', () => checkoutWithTimeout()],
  ['a new Error with a cause', () => checkoutWithCause()],
];
for (const [label, run] of cases) {
  try {
    await run();
  } catch (error) {
    console.log(`${label}: ${frameNames(error)}`);
  }
}
// #endregion cases
