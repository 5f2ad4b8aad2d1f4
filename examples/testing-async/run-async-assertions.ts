// Deno: --allow-env --allow-run
// Runs async-assertions.test.ts with `node --test` in a child process and prints each test's
// result, the runner's note about work that outlived its test, and the counts (no durations). It
// reads the default `spec` report, which Node 22 prints only with --test-reporter=spec when piped.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { text } from 'node:stream/consumers';

const testFile = new URL('./async-assertions.test.ts', import.meta.url).pathname;

// #region run
const child = spawn(process.execPath, ['--test', testFile], {
  env: { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1', SHOW_MISTAKES: '1' },
  stdio: ['ignore', 'pipe', 'ignore'],
});
const [report, [exitCode]] = await Promise.all([text(child.stdout), once(child, 'close') as Promise<[number]>]);

const [results = ''] = report.split('✖ failing tests:'); // the summary repeats each failure
for (const line of results.split('\n')) {
  const result = /^([✔✖]) (.+) \([\d.]+ms\)$/.exec(line);
  if (result) console.log(result[1], result[2]);
  const note = /^ℹ Error: Test "(.+)" at .* (generated asynchronous activity after the test ended)/.exec(line);
  if (note) console.log(`ℹ "${note[1]}" ${note[2]}`);
}
const count = (name: string): string => new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(report)?.[1] ?? '?';
console.log(`tests ${count('tests')}, pass ${count('pass')}, fail ${count('fail')}, exit code ${exitCode}`);
// #endregion run
