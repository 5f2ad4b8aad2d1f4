// Feature: `events.addAbortListener()`, stable since 24.0.0 and 22.16.0
// Source: https://nodejs.org/docs/latest-v24.x/api/events.html#eventsaddabortlistenersignal-listener
// Fallback: none needed on 22.16+; or `signal.addEventListener('abort', f, { once: true })` and remove it yourself
// Listens for an abort even when another listener calls stopImmediatePropagation(), and returns a
// Disposable that removes the listener, so `using` (or a `finally`) cleans it up.
import { addAbortListener } from 'node:events';

const controller = new AbortController();
controller.signal.addEventListener('abort', (event) => event.stopImmediatePropagation());
const log: string[] = [];
const listener = addAbortListener(controller.signal, () => log.push('abort listener ran'));
controller.abort();
listener[Symbol.dispose]();
console.log(log.join('\n') || 'no listener ran');
