// What keeps a Node process running: handles the loop waits on (a timer, a socket, a server), not
// promises. Each case runs in its own child process, which prints what ran; the parent prints the
// exit code.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

// #region cases
const cases: [string, string][] = [
  ['a timer', `setTimeout(() => console.log('callback ran'), 20);`],
  ['an unref()ed timer', `setTimeout(() => console.log('callback ran'), 20).unref();`],
  ['a promise nobody will settle', `new Promise(() => {}).then(() => console.log('settled'));`],
  ['awaiting that promise at top level', `await new Promise(() => {}); console.log('after await');`],
  ['Atomics.waitAsync for 10 s', `const cell = new Int32Array(new SharedArrayBuffer(4)); await Atomics.waitAsync(cell, 0, 0, 10_000).value; console.log('woke');`],
];
// #endregion cases

// #region run
for (const [name, code] of cases) {
  const { stdout, code: exitCode } = await run(process.execPath, ['--input-type=module', '-e', code]).then(
    (r) => ({ stdout: r.stdout, code: 0 }),
    (error: { stdout: string; code: number }) => ({ stdout: error.stdout, code: error.code }),
  );
  console.log(`${name.padEnd(36)} printed ${JSON.stringify(stdout.trim())}, exit code ${exitCode}`);
}
// #endregion run
