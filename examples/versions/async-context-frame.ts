// Feature: `AsyncLocalStorage` on `AsyncContextFrame` by default (`--no-async-context-frame` opts out)
// Requires: Node 24.0+ (AsyncContextFrame as the default)
// Source: https://nodejs.org/docs/latest-v24.x/api/cli.html#--no-async-context-frame
// Fallback: on 22, `--experimental-async-context-frame` (from 22.7.0) turns it on; without it AsyncLocalStorage uses async_hooks
// Deno: --allow-env
// From Node 24.0.0, AsyncLocalStorage is built on AsyncContextFrame instead of async_hooks; the
// flag that brings back the older implementation exists only where the new one is the default.
// A context also crosses awaits and timers either way, as the last line shows.
import { AsyncLocalStorage } from 'node:async_hooks';
import { execFile } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);
const optOut = await run(process.execPath, ['--no-async-context-frame', '-e', '0']).then(
  () => 'accepted',
  (error: unknown) => `refused (${String((error as { code?: unknown }).code)})`,
);
console.log(`--no-async-context-frame: ${optOut}`);

const requestId = new AsyncLocalStorage<string>();
const seen = await requestId.run('req-1', async () => {
  await sleep(1);
  return requestId.getStore();
});
console.log(`store after an await and a timer: ${seen}`);
