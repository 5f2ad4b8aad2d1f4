// Feature: `subprocess[Symbol.dispose]()` (`child_process`)
// Source: https://nodejs.org/docs/latest-v24.x/api/child_process.html#subprocesssymboldispose
// Fallback: none needed on 22; or `child.kill()` in a `finally`
// Deno: --allow-env --allow-run
// Disposing a child process kills it (SIGTERM) if it is still running.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
await once(child, 'spawn');
child[Symbol.dispose]();
const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
console.log(`child exited: code ${String(code)}, signal ${String(signal)}`);
