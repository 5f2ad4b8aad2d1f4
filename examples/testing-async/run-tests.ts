// Deno: --allow-env --allow-run
// Runs retry.test.ts under the node:test runner in a child process, as CI would, and prints which
// tests passed and the summary counts (without durations, so the output is the same every run).
// It reads the default `spec` report; on Node 22 the default for piped output is TAP
// (pass `--test-reporter=spec` there).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { text } from 'node:stream/consumers';

const testFile = new URL('./retry.test.ts', import.meta.url).pathname;

// #region run
const child = spawn(process.execPath, ['--test', testFile], {
  env: { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [report, [exitCode]] = await Promise.all([
  text(child.stdout),
  once(child, 'close') as Promise<[number]>,
]);

for (const line of report.split('\n')) {
  const result = /^([✔✖]) (.+) \([\d.]+ms\)$/.exec(line);
  if (result) console.log(result[1], result[2]);
}
const count = (name: string): string =>
  new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(report)?.[1] ?? '?';
console.log(`tests ${count('tests')}, pass ${count('pass')}, fail ${count('fail')}, exit code ${exitCode}`);
// #endregion run
