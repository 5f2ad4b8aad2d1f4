// Feature: `node:readline/promises`, stable since 24.0.0 and 22.17.0
// Source: https://nodejs.org/docs/latest-v24.x/api/readline.html#promises-api
// Fallback: none needed on 22.17+; earlier 22.x releases have it as experimental
// rl.question() returns a promise, and takes an AbortSignal for a question nobody answers. The
// input is a stream standing in for a terminal.
import { createInterface } from 'node:readline/promises';
import { PassThrough } from 'node:stream';

const input = new PassThrough();
const rl = createInterface({ input, output: new PassThrough() });

const asking = rl.question('Your name? ');
input.write('Ada\n');
console.log(`answer: ${await asking}`);

const patience = new AbortController();
const timer = setTimeout(() => patience.abort(), 20);
try {
  await rl.question('Continue? ', { signal: patience.signal });
} catch (error) {
  console.log(`no answer: ${(error as Error).name}`);
} finally {
  clearTimeout(timer);
  rl.close();
}
