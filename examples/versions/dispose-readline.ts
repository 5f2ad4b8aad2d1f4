// Feature: `rl[Symbol.dispose]()` (`readline.Interface`)
// Source: https://nodejs.org/docs/latest-v24.x/api/readline.html#rlsymboldispose
// Fallback: `rl.close()` in a `finally`
// Disposing a readline interface closes it.
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';

const input = new PassThrough();
const rl = createInterface({ input });
let closed = false;
rl.on('close', () => (closed = true));
rl[Symbol.dispose]();
input.destroy();
console.log(`closed after dispose: ${closed}`);
