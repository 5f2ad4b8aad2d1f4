// Deno: --allow-env
// Who adds an abort listener removes it. A signal that lives as long as the process (shutdown, a
// server's lifetime) collects every listener nobody removed; since Node 22.13 nothing warns you.
import { spawnSync } from 'node:child_process';
import { addAbortListener, getEventListeners, setMaxListeners } from 'node:events';

// #region remove
// Wrapping a callback-style job: the listener is needed only while the job runs.
function runJob(signal: AbortSignal, cleanUp: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true }); // once: removed if it fires…
    setImmediate(() => {
      if (cleanUp) signal.removeEventListener('abort', onAbort); // …and here if it does not
      resolve('done');
    });
  });
}

const shutdown = new AbortController(); // lives as long as the process
for (let i = 0; i < 1000; i++) await runJob(shutdown.signal, false);
console.log(`without removeEventListener: ${getEventListeners(shutdown.signal, 'abort').length} listeners left`);

const shutdown2 = new AbortController();
for (let i = 0; i < 1000; i++) await runJob(shutdown2.signal, true);
console.log(`with it: ${getEventListeners(shutdown2.signal, 'abort').length} left`);
// #endregion remove

// #region add-abort-listener
// events.addAbortListener returns a Disposable that removes the listener, and its listener runs
// even if another listener calls stopImmediatePropagation() first.
const controller = new AbortController();
const heard: string[] = [];
controller.signal.addEventListener('abort', (event) => event.stopImmediatePropagation());
controller.signal.addEventListener('abort', () => heard.push('addEventListener'));
const disposable = addAbortListener(controller.signal, () => heard.push('addAbortListener'));
try {
  controller.abort();
} finally {
  disposable[Symbol.dispose](); // or `using disposable = …` on Node 24
}
console.log(`heard by: ${heard.join(', ')}`);
// #endregion add-abort-listener

// #region warning
if (process.argv[2] === 'child') {
  // Opt back in to the leak warning for this signal: more than 10 listeners is a MaxListenersExceededWarning.
  const leaky = new AbortController();
  if (process.argv[3] === 'limit') setMaxListeners(10, leaky.signal);
  for (let i = 0; i < 11; i++) leaky.signal.addEventListener('abort', () => undefined);
} else {
  for (const mode of ['default', 'limit']) {
    const child = spawnSync(process.execPath, [import.meta.filename, 'child', mode], { encoding: 'utf8' });
    const warning = /MaxListenersExceededWarning: [^.]*\. (\d+ abort listeners added to \[AbortSignal\])/.exec(child.stderr);
    console.log(`11 listeners, ${mode}: ${warning ? `warns "${warning[1]}"` : 'no warning'}`);
  }
}
// #endregion warning
